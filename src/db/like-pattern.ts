/** Text as a LIKE / ILIKE pattern matching it anywhere: its own %, _ and \ escaped. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
