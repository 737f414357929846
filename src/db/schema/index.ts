// The whole domain model of SPEC.md section 2. Money is bigint yen (mode "number": safe below 2^53),
// dates without time are `date` (string "YYYY-MM-DD"), every timestamp is timestamptz.

export * from "./forecast";
export * from "./goals";
export * from "./integration";
export * from "./meetings";
export * from "./org";
export * from "./rollups";
export * from "./sales";
export * from "./system";
export * from "./types";
export * from "./work";
