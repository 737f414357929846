import { Anchor, Divider, Text } from "@mantine/core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Review } from "../../api/reviews";
import { WidgetCard } from "../../components/widget-card";
import { useMe } from "../auth/use-me";
import { usePeriodLabel } from "../kpi-tree/period-picker";
import { FollowUpRow } from "./follow-up-row";

/** 前回のアクション: what the previous meeting decided, followed up first (also once this sheet is locked). */
export function PreviousActionsCard({ review }: { review: Review }) {
  const { t } = useTranslation();
  const me = useMe();
  const periodLabel = usePeriodLabel();
  const previous = review.previousReview;
  return (
    <WidgetCard
      title={t("reviews.previous.title")}
      subtitle={
        previous ? (
          <Anchor component={Link} to={`/reviews/${previous.id}`} size="xs">
            {t("reviews.previous.of", { period: periodLabel(previous.period) })}
          </Anchor>
        ) : (
          t("reviews.previous.none")
        )
      }
      testId="previous-actions"
    >
      {review.previousActions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("reviews.previous.empty")}
        </Text>
      ) : (
        review.previousActions.map((action, i) => (
          <Fragment key={action.id}>
            {i > 0 && <Divider />}
            <FollowUpRow
              action={action}
              reviewId={review.id}
              editable={review.writable || action.ownerId === me.id}
            />
          </Fragment>
        ))
      )}
    </WidgetCard>
  );
}
