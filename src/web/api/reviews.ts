import type { z } from "zod";
import type { DailyFigures, MonthlyFigures, WeeklyFigures } from "../../contract/review-figures";
import type {
  Review,
  ReviewAction,
  ReviewActionCreate,
  ReviewActionPatch,
  ReviewComment,
  ReviewCreate,
  ReviewKind,
  ReviewListQuery,
  ReviewNotes,
  ReviewSummary,
  reviewActionStatus,
  reviewPage,
} from "../../contract/reviews";
import { currentLang } from "../i18n/i18n";
import { api, toSearch } from "./client";

export type {
  DailyFigures,
  MonthlyFigures,
  Review,
  ReviewAction,
  ReviewActionCreate,
  ReviewActionPatch,
  ReviewComment,
  ReviewCreate,
  ReviewKind,
  ReviewNotes,
  ReviewSummary,
  WeeklyFigures,
};
export type ReviewPage = z.infer<typeof reviewPage>;
export type ReviewActionStatus = z.infer<typeof reviewActionStatus>;
/** List filters as the web sends them: everything optional, the server fills the defaults. */
export type ReviewListParams = Partial<ReviewListQuery>;

export const reviewKeys = {
  all: ["reviews"] as const,
  list: (params: ReviewListParams) => ["reviews", "list", params] as const,
  detail: (id: string) => ["reviews", "detail", id] as const,
};

const reviewPath = (id: string) => `/reviews/${encodeURIComponent(id)}`;

export const fetchReviews = (params: ReviewListParams, signal?: AbortSignal) =>
  api.get<ReviewPage>("/reviews", params, signal);
export const fetchReview = (id: string, signal?: AbortSignal) =>
  api.get<Review>(reviewPath(id), undefined, signal);
/** Made now and prefilled (201), or the sheet that already exists for the kind, scope and period (200). */
export const openReview = (body: ReviewCreate) => api.post<Review>("/reviews", body);
/** 409 VERSION_CONFLICT on a stale version, 423 once the sheet is locked. */
export const patchReviewNotes = (id: string, version: number, notes: ReviewNotes) =>
  api.patch<Review>(reviewPath(id), { version, notes });
export const lockReview = (id: string, version: number) =>
  api.post<Review>(`${reviewPath(id)}/lock`, { version });
export const refreshReview = (id: string, version: number) =>
  api.post<Review>(`${reviewPath(id)}/refresh`, { version });
export const addReviewAction = (id: string, body: ReviewActionCreate) =>
  api.post<ReviewAction>(`${reviewPath(id)}/actions`, body);
export const patchReviewAction = (id: string, body: ReviewActionPatch) =>
  api.patch<ReviewAction>(`/review-actions/${encodeURIComponent(id)}`, body);
export const addReviewComment = (id: string, body: string) =>
  api.post<ReviewComment>(`${reviewPath(id)}/comments`, { body });
/** The sheet as .xlsx in the UI's language: a plain link, the session cookie authenticates it. */
export const reviewExportUrl = (id: string) =>
  `/api/v1${reviewPath(id)}/export.xlsx${toSearch({ lang: currentLang() })}`;
