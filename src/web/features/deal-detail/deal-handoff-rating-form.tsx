import { Alert, Button, Checkbox, Group, Rating, Stack, Text, Textarea } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type HandoffReason, handoffReasons } from "../../../domain/inside-sales/handoff-rating";
import type { DealHandoff } from "../../api/leads";
import { useRateHandoff } from "./use-deal-handoff";

/** Field sales rates the hand-off 1-5; a poor one says why. */
export function DealHandoffRatingForm({
  dealId,
  handoff,
  onDone,
}: {
  dealId: string;
  handoff: DealHandoff;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const rate = useRateHandoff(dealId);
  const [rating, setRating] = useState(handoff.rating ?? 0);
  const [reasons, setReasons] = useState<HandoffReason[]>(handoff.reasons);
  const [comment, setComment] = useState(handoff.ratingComment ?? "");
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (rating < 1) {
      setMissing(true);
      return;
    }
    rate.mutate({ rating, reasons, comment: comment.trim() || null }, { onSuccess: () => onDone?.() });
  };

  return (
    <Stack gap="sm" data-testid="handoff-rating-form">
      {rate.error && (
        <Alert color="red" icon={<IconAlertCircle size={18} />}>
          {rate.error.message}
        </Alert>
      )}
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t("leads.rating.question")}
        </Text>
        <Group gap="sm">
          <Rating
            value={rating}
            onChange={(value) => {
              setRating(value);
              setMissing(false);
            }}
            size="lg"
            getSymbolLabel={(value) => t("leads.handoff.ratingOf", { rating: value })}
            data-testid="handoff-rating-stars"
          />
          <Text size="sm" c={missing ? "red" : "dimmed"}>
            {missing ? t("leads.rating.required") : rating > 0 ? t(`leads.rating.levels.${rating as 1}`) : ""}
          </Text>
        </Group>
      </div>
      <Checkbox.Group
        label={t("leads.rating.reasons")}
        value={reasons}
        onChange={(value) => setReasons(value as HandoffReason[])}
      >
        <Group gap="md" mt={6}>
          {handoffReasons.map((r) => (
            <Checkbox
              key={r}
              value={r}
              label={t(`leads.handoffReasons.${r}`)}
              data-testid={`handoff-reason-${r}`}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label={t("leads.rating.comment")}
        placeholder={t("leads.rating.commentPlaceholder")}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={2000}
        data-testid="handoff-rating-comment"
      />
      <Group justify="flex-end" gap="xs">
        {onDone && (
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        )}
        <Button onClick={submit} loading={rate.isPending} data-testid="handoff-rating-submit">
          {t("leads.rating.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
