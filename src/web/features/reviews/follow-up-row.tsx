import { Button, Group, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReviewAction, ReviewActionStatus } from "../../api/reviews";
import { useFormat } from "../../i18n/format";
import { useOwnerName } from "../directory/use-owner-name";
import { ActionStatusBadge, OverdueBadge } from "./action-badges";
import { actionStatuses } from "./review-model";
import { usePatchAction } from "./use-reviews";

/** One action of the previous meeting: what, who, when, and how it went (status and a note). */
export function FollowUpRow({
  action,
  reviewId,
  editable,
}: {
  action: ReviewAction;
  reviewId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const patch = usePatchAction(reviewId);
  const ownerName = useOwnerName();
  const [status, setStatus] = useState<ReviewActionStatus>(action.status);
  const [outcome, setOutcome] = useState(action.outcome ?? "");
  const dirty = status !== action.status || outcome.trim() !== (action.outcome ?? "");
  return (
    <Stack gap={6} py="sm" className="avoid-break" data-testid="previous-action" data-action-id={action.id}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={600} style={{ whiteSpace: "pre-wrap" }}>
            {action.text}
          </Text>
          <Text size="xs" c="dimmed">
            {t("reviews.actions.meta", {
              owner: ownerName(action.ownerId, action.ownerName),
              due: f.date(action.dueDate),
            })}
          </Text>
        </div>
        <Group gap={6}>
          <OverdueBadge action={action} />
          <ActionStatusBadge action={action} />
        </Group>
      </Group>
      {editable ? (
        <Group align="flex-end" gap="sm" wrap="wrap" className="no-print">
          <SegmentedControl
            size="xs"
            data={actionStatuses.map((s) => ({ value: s, label: t(`reviews.actionStatus.${s}`) }))}
            value={status}
            onChange={(value) => setStatus(value as ReviewActionStatus)}
            aria-label={t("reviews.followUp.status")}
            data-testid="follow-up-status"
          />
          <Textarea
            placeholder={t("reviews.followUp.outcomePlaceholder")}
            aria-label={t("reviews.followUp.outcome")}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            autosize
            minRows={1}
            maxRows={4}
            style={{ flex: 1, minWidth: 240 }}
            data-testid="follow-up-outcome"
          />
          <Button
            size="xs"
            disabled={!dirty}
            loading={patch.isPending}
            onClick={() =>
              patch.mutate({
                id: action.id,
                body: { version: action.version, status, outcome: outcome.trim() || null },
              })
            }
            data-testid="follow-up-save"
          >
            {t("common.save")}
          </Button>
        </Group>
      ) : null}
      {action.outcome && (
        <Text
          size="sm"
          c="dimmed"
          style={{ whiteSpace: "pre-wrap" }}
          className={editable ? "print-only" : undefined}
        >
          {t("reviews.followUp.outcomeLabel")}: {action.outcome}
        </Text>
      )}
    </Stack>
  );
}
