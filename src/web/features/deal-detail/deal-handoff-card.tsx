import { Badge, Button, Divider, Group, Paper, Rating, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DealHandoff } from "../../api/leads";
import { todayDateOnly, useFormat } from "../../i18n/format";
import { Fact } from "../leads/lead-contact-facts";
import { formatBusinessMinutes, leadOutcomeLabel, usePickLabels } from "../leads/lead-labels";
import { usePersonName } from "../leads/use-person-name";
import { DealHandoffRatingForm } from "./deal-handoff-rating-form";
import { useDealHandoff } from "./use-deal-handoff";

const bantFields = ["bantBudget", "bantAuthority", "bantNeed", "bantTiming"] as const;

function HandoffRatingShown({ handoff }: { handoff: DealHandoff }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap={6} data-testid="handoff-rating-shown" data-rating={handoff.rating ?? ""}>
      <Group gap="sm">
        <Rating value={handoff.rating ?? 0} readOnly />
        <Text size="sm" fw={600}>
          {t("leads.handoff.ratingOf", { rating: handoff.rating ?? 0 })}
        </Text>
        {handoff.ratedAt && (
          <Text size="xs" c="dimmed">
            {f.timestamp(handoff.ratedAt)}
          </Text>
        )}
      </Group>
      {handoff.reasons.length > 0 && (
        <Group gap={4}>
          {handoff.reasons.map((r) => (
            <Badge key={r} variant="light" color="orange">
              {t(`leads.handoffReasons.${r}`)}
            </Badge>
          ))}
        </Group>
      )}
      {handoff.ratingComment && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {handoff.ratingComment}
        </Text>
      )}
    </Stack>
  );
}

/** A deal that came from inside sales: the lead's story for the FS rep, and their rating of the hand-off. */
export function DealHandoffCard({ dealId }: { dealId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { channelLabel } = usePickLabels();
  const personName = usePersonName();
  const handoff = useDealHandoff(dealId);
  const [editing, setEditing] = useState(false);
  const h = handoff.data;
  if (!h) return null;
  const bant = bantFields.filter((field) => h[field]);
  const rated = h.rating !== null;

  return (
    <Paper withBorder p="md" data-testid="deal-handoff-card">
      <Group justify="space-between" mb="sm">
        <Group gap={6}>
          <IconSend size={18} color="var(--mantine-color-grape-6)" />
          <Title order={3} fz="md">
            {t("leads.dealHandoff.title")}
          </Title>
        </Group>
        <Text size="xs" c="dimmed" data-testid="handoff-rate-by">
          {t("leads.dealHandoff.rateBy", { date: f.dateShort(h.rateBy) })}
        </Text>
      </Group>
      <SimpleGrid cols={2} spacing="sm">
        <Fact label={t("leads.dealHandoff.isOwner")}>{personName(null, h.isOwnerName)}</Fact>
        <Fact label={t("leads.handoff.handedOffAt")}>{f.timestamp(h.handedOffAt)}</Fact>
        <Fact label={t("leads.fields.contactName")}>{h.contactName ?? "—"}</Fact>
        <Fact label={t("leads.fields.channel")}>{channelLabel(h.channel)}</Fact>
        <Fact label={t("leads.fields.responseTime")}>
          {h.responseMinutes !== null ? formatBusinessMinutes(t, h.responseMinutes) : "—"}
        </Fact>
        <Fact label={t("leads.fields.phone")}>{h.phone ?? "—"}</Fact>
      </SimpleGrid>
      {h.note && (
        <>
          <Text size="xs" c="dimmed" mt="sm">
            {t("leads.handoff.note")}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="deal-handoff-note">
            {h.note}
          </Text>
        </>
      )}
      {bant.length > 0 && (
        <SimpleGrid cols={2} spacing="sm" mt="sm">
          {bant.map((field) => (
            <Fact key={field} label={t(`fields.${field}`)}>
              {h[field]}
            </Fact>
          ))}
        </SimpleGrid>
      )}
      {h.history.length > 0 && (
        <>
          <Divider
            my="sm"
            label={t("leads.dealHandoff.history", { count: h.history.length })}
            labelPosition="left"
          />
          <Stack gap={4} data-testid="deal-handoff-history">
            {h.history.slice(0, 8).map((a, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the history is fixed once handed off
              <Group key={`${a.occurredAt}-${i}`} gap={6} wrap="nowrap" align="flex-start">
                <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                  {f.timestampShort(a.occurredAt)}
                </Text>
                <Text size="xs" fw={600} style={{ whiteSpace: "nowrap" }}>
                  {t(`activities.kinds.${a.kind}` as "activities.kinds.call", { defaultValue: a.kind })}
                  {a.outcome ? ` · ${leadOutcomeLabel(t, a.kind, a.outcome)}` : ""}
                </Text>
                <Text size="xs" lineClamp={2} style={{ minWidth: 0 }}>
                  {[a.subject, a.note].filter(Boolean).join(" — ") || personName(null, a.ownerName)}
                </Text>
              </Group>
            ))}
          </Stack>
        </>
      )}
      <Divider my="sm" label={t("leads.dealHandoff.ratingTitle")} labelPosition="left" />
      {h.canRate && (!rated || editing) ? (
        <DealHandoffRatingForm
          key={h.ratedAt ?? "new"}
          dealId={dealId}
          handoff={h}
          onDone={rated ? () => setEditing(false) : undefined}
        />
      ) : rated ? (
        <Group justify="space-between" align="flex-start">
          <HandoffRatingShown handoff={h} />
          {h.canRate && (
            <Button
              size="xs"
              variant="default"
              onClick={() => setEditing(true)}
              data-testid="handoff-rating-edit"
            >
              {t("leads.rating.change")}
            </Button>
          )}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {todayDateOnly() > h.rateBy ? t("leads.rating.closed") : t("leads.rating.ownerRates")}
        </Text>
      )}
    </Paper>
  );
}
