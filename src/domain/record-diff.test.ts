import { describe, expect, it } from "vitest";
import { diffRecords, isCloseDatePush } from "./record-diff";

describe("field-level changes", () => {
  it("keeps only the fields that changed, with before and after", () => {
    const before = {
      name: "A",
      amount: 100,
      minutesUrl: null as string | null,
      closedAt: new Date("2026-01-01"),
    };
    const changes = diffRecords(before, { name: "A", amount: 200, minutesUrl: null }, [
      "name",
      "amount",
      "minutesUrl",
      "closedAt",
    ]);
    expect(changes).toEqual({ amount: { before: 100, after: 200 } });
  });

  it("treats undefined and null alike and compares dates by instant", () => {
    const before = { closedAt: new Date("2026-01-01T00:00:00Z"), note: undefined as string | undefined };
    expect(
      diffRecords(before, { closedAt: new Date("2026-01-01T00:00:00Z"), note: undefined }, [
        "closedAt",
        "note",
      ]),
    ).toEqual({});
  });

  it("counts a close date moved later as a push, not an earlier or first date", () => {
    expect(isCloseDatePush("2026-11-30", "2026-12-15")).toBe(true);
    expect(isCloseDatePush("2026-11-30", "2026-11-15")).toBe(false);
    expect(isCloseDatePush(null, "2026-12-15")).toBe(false);
    expect(isCloseDatePush("2026-11-30", undefined)).toBe(false);
  });
});
