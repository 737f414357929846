import { describe, expect, it } from "vitest";
import { accessFor, formatScope, inScope, mayView, naturalScope, parseScope, subtreeOf } from "./scope";

//  org ─ sales ─ tokyo ─ tokyo-1
//              └ osaka
const teams = [
  { id: "org", parentId: null },
  { id: "sales", parentId: "org" },
  { id: "tokyo", parentId: "sales" },
  { id: "tokyo-1", parentId: "tokyo" },
  { id: "osaka", parentId: "sales" },
];

describe("team scope", () => {
  it("takes a team with every sub-team", () => {
    expect(subtreeOf(teams, "sales").sort()).toEqual(["osaka", "sales", "tokyo", "tokyo-1"]);
    expect(subtreeOf(teams, "tokyo-1")).toEqual(["tokyo-1"]);
  });

  it("lets an admin see and change everything", () => {
    const access = accessFor({ userId: "a", role: "admin", teamId: "org" }, teams, "own");
    expect(inScope(access.write, { teamId: "osaka", ownerId: "x" })).toBe(true);
  });

  it("gives a manager their team and its sub-teams, not the sibling team", () => {
    const { read, write } = accessFor({ userId: "m", role: "manager", teamId: "tokyo" }, teams, "own");
    expect(inScope(read, { teamId: "tokyo-1", ownerId: "x" })).toBe(true);
    expect(inScope(write, { teamId: "tokyo", ownerId: "x" })).toBe(true);
    expect(inScope(read, { teamId: "osaka", ownerId: "x" })).toBe(false);
  });

  it("lets a member read their team only where the org allows it, and change only their own", () => {
    const member = { userId: "r", role: "member" as const, teamId: "tokyo-1" };
    const teamVisible = accessFor(member, teams, "team");
    expect(inScope(teamVisible.read, { teamId: "tokyo-1", ownerId: "colleague" })).toBe(true);
    expect(inScope(teamVisible.write, { teamId: "tokyo-1", ownerId: "colleague" })).toBe(false);
    expect(inScope(teamVisible.write, { teamId: "tokyo-1", ownerId: "r" })).toBe(true);
    expect(inScope(teamVisible.read, { teamId: "osaka", ownerId: "other" })).toBe(false);
    const ownOnly = accessFor(member, teams, "own");
    expect(inScope(ownOnly.read, { teamId: "tokyo-1", ownerId: "colleague" })).toBe(false);
    // Their own record stays theirs even after it moved to another team.
    expect(inScope(ownOnly.read, { teamId: "osaka", ownerId: "r" })).toBe(true);
  });

  it("gives a person without a team only their own records", () => {
    const { read } = accessFor({ userId: "m", role: "manager", teamId: null }, teams, "team");
    expect(inScope(read, { teamId: "org", ownerId: "x" })).toBe(false);
    expect(inScope(read, { teamId: null, ownerId: "m" })).toBe(true);
  });
});

describe("scopes of aggregates", () => {
  it("parses and formats the API's scope names", () => {
    expect(parseScope("org")).toEqual({ kind: "org" });
    expect(parseScope("team:tokyo")).toEqual({ kind: "team", id: "tokyo" });
    expect(formatScope(parseScope("user:r"))).toBe("user:r");
  });

  it("starts each role at its natural scope", () => {
    expect(naturalScope({ userId: "a", role: "admin", teamId: "org" })).toEqual({ kind: "org" });
    expect(naturalScope({ userId: "m", role: "manager", teamId: "tokyo" })).toEqual({
      kind: "team",
      id: "tokyo",
    });
    expect(naturalScope({ userId: "r", role: "member", teamId: "tokyo-1" })).toEqual({
      kind: "user",
      id: "r",
    });
  });

  it("keeps an aggregate within what the caller may read", () => {
    const manager = accessFor({ userId: "m", role: "manager", teamId: "tokyo" }, teams, "own").read;
    expect(mayView(manager, { kind: "org" })).toBe(false);
    expect(mayView(manager, { kind: "team", id: "tokyo-1" })).toBe(true);
    expect(mayView(manager, { kind: "team", id: "osaka" })).toBe(false);
    expect(mayView(manager, { kind: "user", id: "x" }, { id: "x", teamId: "osaka" })).toBe(false);
    const member = accessFor({ userId: "r", role: "member", teamId: "tokyo-1" }, teams, "team").read;
    expect(mayView(member, { kind: "user", id: "r" }, { id: "r", teamId: "tokyo-1" })).toBe(true);
    expect(mayView(member, { kind: "team", id: "tokyo-1" })).toBe(true);
  });
});
