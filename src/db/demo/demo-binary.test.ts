// The binary arrays round-trip through PostgreSQL unchanged (every type the demo writes).
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database";
import { encodeBinaryArray, hasBinaryCodec } from "./demo-binary";

describe("encodeBinaryArray", () => {
  it("round-trips each supported type through PostgreSQL, nulls included", async () => {
    const { pool } = await createTestDatabase();
    const cases: [string, unknown[], string][] = [
      [
        "uuid",
        ["0f8fad5b-d9cb-469f-a165-70867728950e", null, "7C9E6679-7425-40DE-944B-E07FC1F90AE7"],
        "uuid[]",
      ],
      ["text", ["株式会社ススム", "", 'quote " and \\ backslash', null], "text[]"],
      ["integer", [0, -1, 2_147_483_647, null], "integer[]"],
      ["smallint", [0, -32_768, 100], "smallint[]"],
      ["bigint", [0, 30_000_000, -5, 2 ** 53 - 1], "bigint[]"],
      ["boolean", [true, false, null], "boolean[]"],
      ["date", ["2026-11-20", "1999-12-31", null], "date[]::text[]"],
      ["jsonb", [["a", "b"], { url: "https://example.com/ü" }, null], "jsonb[]"],
    ];
    for (const [sqlType, values, cast] of cases) {
      const { rows } = await pool.query(`select $1::${cast} as v`, [encodeBinaryArray(sqlType, values)]);
      const expected =
        sqlType === "uuid" ? values.map((v) => (v === null ? null : (v as string).toLowerCase())) : values;
      // node-postgres returns int8 array elements as strings.
      const actual = sqlType === "bigint" ? (rows[0].v as string[]).map(Number) : rows[0].v;
      expect(actual, sqlType).toEqual(expected);
    }
    const instants = [new Date("2026-11-20T03:00:00.123Z"), new Date("1970-01-01T00:00:00Z"), null];
    const { rows } = await pool.query("select $1::timestamptz[] as v", [
      encodeBinaryArray("timestamp with time zone", instants),
    ]);
    expect(rows[0].v).toEqual(instants);
  });

  it("knows which types it can encode", () => {
    expect(hasBinaryCodec("uuid")).toBe(true);
    expect(hasBinaryCodec("numeric(20, 4)")).toBe(false);
    expect(() => encodeBinaryArray("uuid", ["not-a-uuid"])).toThrow();
  });
});
