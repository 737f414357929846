// Improvement actions over HTTP: decided with an owner and a due date, each becomes the owner's task;
// the next week's sheet opens with them and follows them up, although last week's sheet is locked.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Review, ReviewAction } from "../../../contract/reviews";
import type { Task } from "../../../contract/tasks";
import { auditLog } from "../../../db/schema";
import { createTestApp, movableClock } from "../../../test/http";

describe("improvement actions over HTTP", async () => {
  // Monday 16 November 2026, 18:00 in Tokyo: the weekly meeting of team A.
  const clock = movableClock(new Date("2026-11-16T09:00:00Z"));
  const { fixture, login, database } = await createTestApp({ clock });
  // Sessions last a week: the next meeting logs in again.
  let managerA = await login("manager-a@test.example");
  let memberA1 = await login("member-a1@test.example");
  const admin = await login("admin@test.example");
  const { memberA1: a1, memberA2: a2, memberB: b } = fixture.users;
  const teamA = `team:${fixture.teams.teamA?.id}`;

  const openSheet = async (period: string) => {
    const response = await managerA.request("POST", "/api/v1/reviews", {
      kind: "weekly",
      scope: teamA,
      period,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Review;
  };
  const addAction = async (sheet: { id: string }, body: Record<string, unknown>, who = managerA) => {
    const response = await who.request("POST", `/api/v1/reviews/${sheet.id}/actions`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as ReviewAction;
  };
  const tasksOf = async (who: typeof memberA1, assigneeId: string) =>
    ((await who.request("GET", `/api/v1/tasks?due=all&assigneeId=${assigneeId}`)).json() as { items: Task[] })
      .items;

  const week47 = await openSheet("2026-W47");
  const script = await addAction(week47, {
    text: "トークスクリプトの後半を改訂し、ロープレを2回行う",
    ownerId: a1?.id,
    dueDate: "2026-11-20",
    kpiKey: "meetingSetRate",
  });
  const list = await addAction(week47, {
    text: "製造業リストを200件追加",
    ownerId: a2?.id,
    dueDate: "2026-11-18",
  });

  it("makes each action its owner's task, from the review, due when the action is", async () => {
    expect(script).toMatchObject({
      reviewId: week47.id,
      ownerName: "member-a1",
      status: "open",
      dueDate: "2026-11-20",
      kpiKey: "meetingSetRate",
      outcome: null,
      overdue: false,
      version: 1,
    });
    const mine = await tasksOf(memberA1, a1?.id as string);
    const task = mine.find((t) => t.id === script.taskId);
    expect(task).toMatchObject({
      title: "トークスクリプトの後半を改訂し、ロープレを2回行う",
      source: "review",
      assigneeId: a1?.id,
      dueDate: "2026-11-20",
      done: false,
    });
    expect(task?.note).toContain("週次レビュー Aチーム 2026-W47");
    expect(task?.note).toContain("商談化率");
    // The other action is A2's task, not A1's.
    expect(mine.some((t) => t.id === list.taskId)).toBe(false);
    const sheet = (await managerA.request("GET", `/api/v1/reviews/${week47.id}`)).json() as Review;
    expect(sheet.actions.map((a) => a.text)).toEqual([script.text, list.text]);
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, script.id));
    expect(audits.map((a) => [a.entity, a.action])).toEqual([["review_action", "create"]]);
  });

  it("takes owners the writer may assign to, inside the sheet's scope", async () => {
    const outside = await managerA.request("POST", `/api/v1/reviews/${week47.id}/actions`, {
      text: "B チームの人に",
      ownerId: b?.id,
    });
    expect(outside.statusCode).toBe(403);
    // An admin may assign anyone, but not someone outside the team's sheet.
    const notInScope = await admin.request("POST", `/api/v1/reviews/${week47.id}/actions`, {
      text: "B チームの人に",
      ownerId: b?.id,
    });
    expect(notInScope.statusCode).toBe(422);
    expect(notInScope.json().error).toMatchObject({
      code: "INVALID_REFERENCE",
      details: { field: "ownerId" },
    });
    const unknownKpi = await managerA.request("POST", `/api/v1/reviews/${week47.id}/actions`, {
      text: "x",
      ownerId: a1?.id,
      kpiKey: "noSuchKpi",
    });
    expect(unknownKpi.statusCode).toBe(422);
    // A member may not decide actions on the team's sheet.
    const byMember = await memberA1.request("POST", `/api/v1/reviews/${week47.id}/actions`, {
      text: "自分で",
      ownerId: a1?.id,
    });
    expect(byMember.statusCode).toBe(403);
    const empty = await managerA.request("POST", `/api/v1/reviews/${week47.id}/actions`, {
      text: " ",
      ownerId: a1?.id,
    });
    expect(empty.statusCode).toBe(400);
  });

  it("opens next week's sheet with last week's actions, followed up although last week's is locked", async () => {
    const lockedSheet = await managerA.request("POST", `/api/v1/reviews/${week47.id}/lock`, {
      version: week47.version,
    });
    expect(lockedSheet.statusCode, lockedSheet.body).toBe(200);
    // What was decided no longer changes.
    for (const edit of [{ text: "書き換え" }, { ownerId: a2?.id }, { dueDate: "2026-11-30" }]) {
      const response = await managerA.request("PATCH", `/api/v1/review-actions/${script.id}`, {
        version: 1,
        ...edit,
      });
      expect(response.statusCode, JSON.stringify(edit)).toBe(423);
      expect(response.json().error.code).toBe("REVIEW_LOCKED");
    }

    // Tuesday 24 November (Monday is a holiday): the next meeting.
    clock.set(new Date("2026-11-24T09:00:00Z"));
    managerA = await login("manager-a@test.example");
    memberA1 = await login("member-a1@test.example");
    const week48 = await openSheet("2026-W48");
    expect(week48.previousReview).toMatchObject({
      id: week47.id,
      period: { label: "2026-W47" },
      locked: true,
    });
    expect(week48.previousActions.map((a) => [a.text, a.status, a.overdue])).toEqual([
      [script.text, "open", true],
      [list.text, "open", true],
    ]);
    const followed = await managerA.request("PATCH", `/api/v1/review-actions/${script.id}`, {
      version: 1,
      status: "done",
      outcome: "商談化率 2.1% → 3.4%",
    });
    expect(followed.statusCode, followed.body).toBe(200);
    expect(followed.json()).toMatchObject({
      status: "done",
      outcome: "商談化率 2.1% → 3.4%",
      version: 2,
      overdue: false,
    });
    // Sending what was decided unchanged is not a change of it.
    const same = await managerA.request("PATCH", `/api/v1/review-actions/${list.id}`, {
      version: 1,
      text: list.text,
      status: "in_progress",
    });
    expect(same.statusCode, same.body).toBe(200);
    const stale = await managerA.request("PATCH", `/api/v1/review-actions/${script.id}`, {
      version: 1,
      status: "open",
    });
    expect(stale.statusCode).toBe(409);

    const again = (await managerA.request("GET", `/api/v1/reviews/${week48.id}`)).json() as Review;
    expect(again.previousActions.map((a) => [a.text, a.status])).toEqual([
      [script.text, "done"],
      [list.text, "in_progress"],
    ]);
    // Done completes A1's task.
    const task = (await tasksOf(memberA1, a1?.id as string)).find((t) => t.id === script.taskId);
    expect(task).toMatchObject({ done: true, source: "review" });
  });

  it("lets an action's owner follow it up, but not change what was decided", async () => {
    const week48 = (await managerA.request("GET", `/api/v1/reviews?scope=${teamA}&kind=weekly`)).json()
      .items[0];
    const mine = await addAction(week48, {
      text: "競合比較資料を作る",
      ownerId: a1?.id,
      dueDate: "2026-11-27",
    });
    const follow = await memberA1.request("PATCH", `/api/v1/review-actions/${mine.id}`, {
      version: 1,
      status: "in_progress",
      outcome: "半分まで",
    });
    expect(follow.statusCode, follow.body).toBe(200);
    const rewrite = await memberA1.request("PATCH", `/api/v1/review-actions/${mine.id}`, {
      version: 2,
      text: "別の内容",
    });
    expect(rewrite.statusCode).toBe(403);
    // While the sheet is open its writer changes the action, and the task follows.
    const moved = await managerA.request("PATCH", `/api/v1/review-actions/${mine.id}`, {
      version: 2,
      text: "競合比較資料を作り、チームで共有する",
      ownerId: a2?.id,
      dueDate: "2026-11-30",
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ ownerName: "member-a2", dueDate: "2026-11-30", version: 3 });
    const memberA2 = await login("member-a2@test.example");
    const task = (await tasksOf(memberA2, a2?.id as string)).find((t) => t.id === mine.taskId);
    expect(task).toMatchObject({
      title: "競合比較資料を作り、チームで共有する",
      dueDate: "2026-11-30",
      done: false,
    });
    const dropped = await managerA.request("PATCH", `/api/v1/review-actions/${mine.id}`, {
      version: 3,
      status: "dropped",
    });
    expect(dropped.statusCode).toBe(200);
    expect((await tasksOf(memberA2, a2?.id as string)).find((t) => t.id === mine.taskId)?.done).toBe(true);
    const reopened = await managerA.request("PATCH", `/api/v1/review-actions/${mine.id}`, {
      version: 4,
      status: "open",
    });
    expect(reopened.statusCode).toBe(200);
    expect((await tasksOf(memberA2, a2?.id as string)).find((t) => t.id === mine.taskId)?.done).toBe(false);
  });

  it("is not found from another team", async () => {
    const memberB = await login("member-b@test.example");
    const response = await memberB.request("PATCH", `/api/v1/review-actions/${script.id}`, {
      version: 2,
      status: "open",
    });
    expect(response.statusCode).toBe(404);
  });
});

describe("an action's task ticked off in the task list", async () => {
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-16T09:00:00Z") });
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const sheet = (
    await managerA.request("POST", "/api/v1/reviews", {
      kind: "weekly",
      scope: `team:${fixture.teams.teamA?.id}`,
      period: "2026-W47",
    })
  ).json() as Review;
  const action = (
    await managerA.request("POST", `/api/v1/reviews/${sheet.id}/actions`, {
      text: "失注理由の多い業界へのトークを見直す",
      ownerId: fixture.users.memberA1?.id,
    })
  ).json() as ReviewAction;
  const statusNow = async () =>
    ((await managerA.request("GET", `/api/v1/reviews/${sheet.id}`)).json() as Review).actions.find(
      (a) => a.id === action.id,
    )?.status;

  it("marks the action done, and open again when the task is reopened", async () => {
    const task = (await memberA1.request("GET", `/api/v1/tasks/${action.taskId}`)).json() as Task;
    const done = await memberA1.request("POST", `/api/v1/tasks/${task.id}/complete`, {
      version: task.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(await statusNow()).toBe("done");
    const reopened = await memberA1.request("PATCH", `/api/v1/tasks/${task.id}`, {
      version: (done.json() as Task).version,
      done: false,
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(await statusNow()).toBe("open");
  });
});
