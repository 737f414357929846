import { Badge, Box, Center, Loader, Stack, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Review } from "../../api/reviews";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useOwnerName } from "../directory/use-owner-name";
import { usePeriodLabel } from "../kpi-tree/period-picker";
import { DailyFiguresSection } from "./daily-figures";
import { MonthlyFiguresSection } from "./monthly-figures";
import { PreviousActionsCard } from "./previous-actions-card";
import { ReviewActionsCard } from "./review-actions-card";
import { ReviewCommentsCard } from "./review-comments-card";
import { kindColors } from "./review-model";
import { ReviewNotesCard } from "./review-notes-card";
import { SheetActions } from "./sheet-actions";
import { useReview } from "./use-reviews";
import { WeeklyFiguresSection } from "./weekly-figures";

function FiguresSection({ review }: { review: Review }) {
  const figures = review.figures;
  switch (figures.kind) {
    case "daily":
      return <DailyFiguresSection figures={figures} />;
    case "weekly":
      return <WeeklyFiguresSection figures={figures} />;
    case "monthly":
      return <MonthlyFiguresSection figures={figures} />;
  }
}

/**
 * A review sheet (SPEC C9): last meeting's actions on top to follow up, the figures as they were
 * taken, what the meeting writes, the actions it decides, and the comments. Read-only once locked,
 * except the follow-up of actions and the comments. Prints on A4 (global.css).
 */
export function ReviewSheetPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const periodLabel = usePeriodLabel();
  const personName = useOwnerName();
  const { id = "" } = useParams();
  const query = useReview(id);
  const review = query.data;

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!review)
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );

  const kind = t(`reviews.kinds.${review.kind}`);
  return (
    <Box
      className="review-sheet"
      data-testid="review-sheet"
      data-kind={review.kind}
      data-locked={review.locked}
    >
      <PageHeader
        title={t("reviews.sheetTitle", { kind, scope: review.scopeName, period: periodLabel(review.period) })}
        crumbs={[
          { label: t("nav.sections.operations") },
          {
            label: t("reviews.title"),
            to: `/reviews?kind=${review.kind}&scope=${encodeURIComponent(review.scope)}`,
          },
          { label: periodLabel(review.period) },
        ]}
        badges={
          <>
            <Badge variant="light" color={kindColors[review.kind]}>
              {kind}
            </Badge>
            {review.locked && (
              <Badge color="gray" leftSection={<IconLock size={12} />} data-testid="review-locked-badge">
                {t("reviews.locked")}
              </Badge>
            )}
          </>
        }
        subtitle={
          <Stack gap={0}>
            <Text size="sm" c="dimmed" span>
              {t("reviews.figuresAt", { at: f.timestamp(review.figuresAt) })}
            </Text>
            {review.locked && (
              <Text size="sm" c="dimmed" span>
                {t("reviews.lockedBy", {
                  name: personName(review.lockedBy, review.lockedByName),
                  at: f.timestamp(review.lockedAt),
                })}
              </Text>
            )}
          </Stack>
        }
        actions={<SheetActions review={review} />}
      />
      <Stack gap="md">
        <PreviousActionsCard review={review} />
        <FiguresSection review={review} />
        <ReviewNotesCard review={review} />
        <ReviewActionsCard review={review} />
        <ReviewCommentsCard review={review} />
      </Stack>
    </Box>
  );
}

export default ReviewSheetPage;
