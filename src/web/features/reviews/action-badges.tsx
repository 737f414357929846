import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReviewAction } from "../../api/reviews";
import { actionStatusColors } from "./review-model";

export function ActionStatusBadge({ action }: { action: ReviewAction }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={actionStatusColors[action.status]} data-testid="action-status">
      {t(`reviews.actionStatus.${action.status}`)}
    </Badge>
  );
}

export function OverdueBadge({ action }: { action: ReviewAction }) {
  const { t } = useTranslation();
  if (!action.overdue) return null;
  return (
    <Badge size="sm" color="red" variant="light">
      {t("reviews.actions.overdue")}
    </Badge>
  );
}
