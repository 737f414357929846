import type { MyDay } from "../../contract/my-day";
import { api } from "./client";

export type { MyDay };
export type MyDayTarget = MyDay["targets"][number];
export type MyDayMeeting = MyDay["meetings"][number];
export type MyDayStaleDeal = MyDay["staleDeals"]["deals"][number];
export type MyDayLead = MyDay["slaLeads"]["items"][number];

export const myDayKeys = {
  all: ["my-day"] as const,
  /** Without a user: the caller's own day. */
  view: (userId: string | undefined) => ["my-day", userId ?? "me"] as const,
};

export const fetchMyDay = (userId: string | undefined, signal?: AbortSignal) =>
  api.get<MyDay>("/my-day", { userId }, signal);
