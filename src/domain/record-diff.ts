// Field-level before/after of a change, as kept in the audit log.

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export function diffRecords<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    if (!(field in after)) continue;
    const a = normalise(before[field]);
    const b = normalise(after[field]);
    if (a !== b) changes[field] = { before: before[field] ?? null, after: after[field] ?? null };
  }
  return changes;
}

function normalise(value: unknown) {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** A close date moved later is a push (seed 000: a deal whose close date keeps moving is a risk). */
export function isCloseDatePush(before: string | null, after: string | null | undefined): boolean {
  return before !== null && after != null && after > before;
}
