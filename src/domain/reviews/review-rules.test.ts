import { describe, expect, it } from "vitest";
import type { RecordScope } from "../scope";
import {
  lockedFieldsOf,
  mayOwnAction,
  mayWriteReview,
  periodKindOf,
  reviewActionStatusAfterTask,
  settles,
} from "./review-rules";

const manager = {
  userId: "m",
  role: "manager" as const,
  write: { all: false, teamIds: ["a"], ownerId: "m" } as RecordScope,
};
const member = {
  userId: "u1",
  role: "member" as const,
  write: { all: false, teamIds: [], ownerId: "u1" } as RecordScope,
};
const admin = { userId: "x", role: "admin" as const, write: { all: true } as RecordScope };
const u1 = { id: "u1", teamId: "a" };
const u2 = { id: "u2", teamId: "a" };
const b1 = { id: "b1", teamId: "b" };

describe("review sheet rules", () => {
  it("pairs each kind of sheet with its period", () => {
    expect(periodKindOf).toEqual({ daily: "day", weekly: "week", monthly: "month" });
  });

  it("lets managers write their teams' sheets, admins every sheet, a member their own daily report", () => {
    expect(mayWriteReview(manager, "weekly", { kind: "team", id: "a" })).toBe(true);
    expect(mayWriteReview(manager, "weekly", { kind: "team", id: "b" })).toBe(false);
    expect(mayWriteReview(manager, "daily", { kind: "user", id: "u1" }, u1)).toBe(true);
    expect(mayWriteReview(manager, "monthly", { kind: "org" })).toBe(false);
    expect(mayWriteReview(admin, "monthly", { kind: "org" })).toBe(true);
    expect(mayWriteReview(member, "daily", { kind: "user", id: "u1" }, u1)).toBe(true);
    expect(mayWriteReview(member, "weekly", { kind: "user", id: "u1" }, u1)).toBe(false);
    expect(mayWriteReview(member, "daily", { kind: "user", id: "u2" }, u2)).toBe(false);
    expect(mayWriteReview(member, "weekly", { kind: "team", id: "a" })).toBe(false);
  });

  it("takes action owners the writer may assign to, inside the sheet's scope", () => {
    expect(mayOwnAction(manager, { kind: "team", id: "a" }, ["a"], u2)).toBe(true);
    expect(mayOwnAction(manager, { kind: "team", id: "a" }, ["a"], b1)).toBe(false);
    expect(mayOwnAction(admin, { kind: "team", id: "a" }, ["a"], b1)).toBe(false);
    expect(mayOwnAction(admin, { kind: "org" }, null, b1)).toBe(true);
    expect(mayOwnAction(member, { kind: "user", id: "u1" }, null, u1)).toBe(true);
    expect(mayOwnAction(member, { kind: "user", id: "u1" }, null, u2)).toBe(false);
    expect(mayOwnAction(admin, { kind: "org" }, null, { id: "y", teamId: null })).toBe(false);
  });

  it("leaves the follow-up open on a locked sheet, nothing of what was decided", () => {
    expect(lockedFieldsOf({ status: "done", outcome: "ok" })).toEqual([]);
    expect(lockedFieldsOf({ status: "done", text: "new", dueDate: undefined })).toEqual(["text"]);
    expect(lockedFieldsOf({ ownerId: "u2", dueDate: null })).toEqual(["ownerId", "dueDate"]);
    expect([settles("done"), settles("dropped"), settles("open"), settles("in_progress")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("an action after its task is ticked off or reopened", () => {
  it("is done with its task, open again when reopened, and a dropped one stays dropped", () => {
    expect(reviewActionStatusAfterTask("open", true)).toBe("done");
    expect(reviewActionStatusAfterTask("in_progress", true)).toBe("done");
    expect(reviewActionStatusAfterTask("done", false)).toBe("open");
    expect(reviewActionStatusAfterTask("in_progress", false)).toBe("in_progress");
    expect(reviewActionStatusAfterTask("dropped", true)).toBe("dropped");
    expect(reviewActionStatusAfterTask("dropped", false)).toBe("dropped");
  });
});
