import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse, idParams } from "../../../contract/common";
import { exportFile, XLSX_TYPE } from "../../../contract/exports";
import {
  review,
  reviewAction,
  reviewActionCreate,
  reviewActionPatch,
  reviewComment,
  reviewCommentCreate,
  reviewCreate,
  reviewExportQuery,
  reviewListQuery,
  reviewPage,
  reviewPatch,
  reviewVersion,
} from "../../../contract/reviews";
import { languageOf } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import { contentDisposition } from "../exports/table-export";
import type { ReviewActionService } from "./review-actions.service";
import { reviewWorkbook } from "./review-export";
import type { ReviewService } from "./reviews.service";

const errors = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
  423: errorResponse,
};

export function registerReviewRoutes(
  app: FastifyInstance,
  deps: { reviews: ReviewService; actions: ReviewActionService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { reviews, actions } = deps;
  const tags = ["reviews"];

  r.post(
    "/api/v1/reviews",
    {
      schema: {
        tags,
        summary:
          "Open the review sheet of a kind, scope and period: made now and prefilled from the metric engine (201), or the existing one (200). daily: a day, weekly: an ISO week, monthly: a month",
        body: reviewCreate,
        response: { 200: review, 201: review, ...errors },
      },
    },
    async (request, reply) => {
      const { created, review: sheet } = await reviews.open(
        callerOf(request),
        request.body,
        languageOf(request),
      );
      return reply.code(created ? 201 : 200).send(sheet);
    },
  );
  r.get(
    "/api/v1/reviews",
    {
      schema: {
        tags,
        summary: "Review sheets the caller may read, newest period first, by scope, kind and period start",
        querystring: reviewListQuery,
        response: { 200: reviewPage, ...errors },
      },
    },
    (request) => reviews.list(callerOf(request), request.query, languageOf(request)),
  );
  r.get(
    "/api/v1/reviews/:id",
    {
      schema: {
        tags,
        summary:
          "A sheet with its figures as taken, its notes, the previous sheet's actions with their status, its actions and comments",
        params: idParams,
        response: { 200: review, ...errors },
      },
    },
    (request) => reviews.get(callerOf(request), request.params.id, languageOf(request)),
  );
  r.patch(
    "/api/v1/reviews/:id",
    {
      schema: {
        tags,
        summary:
          "Write the sheet's notes (the parts of its kind; the parts given replace the stored ones). 409 on a stale version, 423 once locked",
        params: idParams,
        body: reviewPatch,
        response: { 200: review, ...errors },
      },
    },
    (request) => reviews.updateNotes(callerOf(request), request.params.id, request.body, languageOf(request)),
  );
  r.post(
    "/api/v1/reviews/:id/lock",
    {
      schema: {
        tags,
        summary: "Lock the sheet once the meeting is over (actions stay open to follow-up, comments go on)",
        params: idParams,
        body: reviewVersion,
        response: { 200: review, ...errors },
      },
    },
    (request) =>
      reviews.lock(callerOf(request), request.params.id, request.body.version, languageOf(request)),
  );
  r.post(
    "/api/v1/reviews/:id/refresh",
    {
      schema: {
        tags,
        summary: "Re-take the sheet's figures from the metric engine (while unlocked)",
        params: idParams,
        body: reviewVersion,
        response: { 200: review, ...errors },
      },
    },
    (request) =>
      reviews.refresh(callerOf(request), request.params.id, request.body.version, languageOf(request)),
  );
  r.post(
    "/api/v1/reviews/:id/actions",
    {
      schema: {
        tags,
        summary:
          "Decide an improvement action (what, owner, due date, the KPI it should move); it becomes the owner's task",
        params: idParams,
        body: reviewActionCreate,
        response: { 201: reviewAction, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await actions.add(callerOf(request), request.params.id, request.body, languageOf(request))),
  );
  r.patch(
    "/api/v1/review-actions/:id",
    {
      schema: {
        tags,
        summary:
          "Follow an action up (status, outcome; also once its sheet is locked, by its owner too) or change it (text, owner, due date: while unlocked). Done or dropped completes its task",
        params: idParams,
        body: reviewActionPatch,
        response: { 200: reviewAction, ...errors },
      },
    },
    (request) => actions.update(callerOf(request), request.params.id, request.body, languageOf(request)),
  );
  r.post(
    "/api/v1/reviews/:id/comments",
    {
      schema: {
        tags,
        summary: "Comment on a sheet (anyone who may read it; locked sheets too)",
        params: idParams,
        body: reviewCommentCreate,
        response: { 201: reviewComment, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await reviews.comment(callerOf(request), request.params.id, request.body.body)),
  );
  r.get(
    "/api/v1/reviews/:id/export.xlsx",
    {
      exposeHeadRoute: false,
      schema: {
        tags,
        summary: "The sheet as .xlsx, laid out for printing on A4",
        params: idParams,
        querystring: reviewExportQuery,
        response: { 200: exportFile, ...errors },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const lang = request.query.lang ?? languageOf(request);
      const sheet = await reviews.get(caller, request.params.id, lang);
      const buffer = await reviewWorkbook(sheet, lang, caller.timeZone).xlsx.writeBuffer();
      const name = `review-${sheet.kind}-${sheet.period.label}-${sheet.scopeName}.xlsx`;
      // A small file, written whole: the reply carries its bytes, not a serialised schema.
      return (reply as FastifyReply)
        .header("cache-control", "no-store")
        .header("content-type", XLSX_TYPE)
        .header("content-disposition", contentDisposition(name))
        .send(Buffer.from(buffer));
    },
  );
}
