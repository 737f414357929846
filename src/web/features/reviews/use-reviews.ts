import { notifications } from "@mantine/notifications";
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client";
import { showError } from "../../api/query-client";
import {
  addReviewAction,
  addReviewComment,
  fetchReview,
  fetchReviews,
  lockReview,
  openReview,
  patchReviewAction,
  patchReviewNotes,
  type Review,
  type ReviewActionCreate,
  type ReviewActionPatch,
  type ReviewCreate,
  type ReviewListParams,
  type ReviewNotes,
  refreshReview,
  reviewKeys,
} from "../../api/reviews";
import { taskKeys } from "../../api/tasks";

export function useReviews(params: ReviewListParams) {
  return useQuery({
    queryKey: reviewKeys.list(params),
    queryFn: ({ signal }) => fetchReviews(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReview(id: string) {
  return useQuery({ queryKey: reviewKeys.detail(id), queryFn: ({ signal }) => fetchReview(id, signal) });
}

/** Every place a sheet shows: its page, the lists, and the tasks its actions became. */
function refreshSheet(queryClient: QueryClient, id: string) {
  for (const queryKey of [reviewKeys.detail(id), reviewKeys.all, taskKeys.all])
    void queryClient.invalidateQueries({ queryKey });
}

/** A sheet the server answered with: shown at once, the lists read again. */
function useSheetAnswer() {
  const queryClient = useQueryClient();
  return (sheet: Review) => {
    queryClient.setQueryData(reviewKeys.detail(sheet.id), sheet);
    void queryClient.invalidateQueries({ queryKey: [...reviewKeys.all, "list"] });
  };
}

export function useOpenReview() {
  const answer = useSheetAnswer();
  return useMutation({ mutationFn: (body: ReviewCreate) => openReview(body), onSuccess: answer });
}

/**
 * What a stale or locked sheet means to a write: 409, someone saved first (the sheet is read again and
 * the person told); 423, the meeting is over (read again, now shown locked). Other errors as usual.
 */
function useSheetConflict(id: string) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return (error: Error) => {
    if (isApiError(error, "VERSION_CONFLICT") || (isApiError(error) && error.status === 409)) {
      notifications.show({
        color: "orange",
        title: t("reviews.conflict.title"),
        message: t("reviews.conflict.message"),
      });
      refreshSheet(queryClient, id);
      return;
    }
    if (isApiError(error) && error.status === 423) {
      notifications.show({
        color: "orange",
        title: t("reviews.lockedError.title"),
        message: t("reviews.lockedError.message"),
      });
      refreshSheet(queryClient, id);
      return;
    }
    showError(error);
  };
}

export function useSaveNotes(review: Review) {
  const answer = useSheetAnswer();
  const { t } = useTranslation();
  const onError = useSheetConflict(review.id);
  return useMutation({
    mutationFn: (notes: ReviewNotes) => patchReviewNotes(review.id, review.version, notes),
    meta: { handlesErrors: true },
    onSuccess: (sheet) => {
      answer(sheet);
      notifications.show({ color: "teal", message: t("reviews.notes.saved") });
    },
    onError,
  });
}

export function useLockReview(review: Review) {
  const answer = useSheetAnswer();
  const { t } = useTranslation();
  const onError = useSheetConflict(review.id);
  return useMutation({
    mutationFn: () => lockReview(review.id, review.version),
    meta: { handlesErrors: true },
    onSuccess: (sheet) => {
      answer(sheet);
      notifications.show({ color: "teal", message: t("reviews.lock.done") });
    },
    onError,
  });
}

export function useRefreshReview(review: Review) {
  const answer = useSheetAnswer();
  const { t } = useTranslation();
  const onError = useSheetConflict(review.id);
  return useMutation({
    mutationFn: () => refreshReview(review.id, review.version),
    meta: { handlesErrors: true },
    onSuccess: (sheet) => {
      answer(sheet);
      notifications.show({ color: "teal", message: t("reviews.refresh.done") });
    },
    onError,
  });
}

export function useAddAction(reviewId: string) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const onError = useSheetConflict(reviewId);
  return useMutation({
    mutationFn: (body: ReviewActionCreate) => addReviewAction(reviewId, body),
    meta: { handlesErrors: true },
    onSuccess: () => {
      notifications.show({ color: "teal", message: t("reviews.actions.added") });
      refreshSheet(queryClient, reviewId);
    },
    onError,
  });
}

/** A follow-up (status, outcome) of an action, on the sheet `reviewId` shows it on. */
export function usePatchAction(reviewId: string) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const onError = useSheetConflict(reviewId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewActionPatch }) => patchReviewAction(id, body),
    meta: { handlesErrors: true },
    onSuccess: () => {
      notifications.show({ color: "teal", message: t("reviews.followUp.saved") });
      refreshSheet(queryClient, reviewId);
    },
    onError,
  });
}

export function useAddComment(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => addReviewComment(reviewId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reviewKeys.detail(reviewId) }),
  });
}
