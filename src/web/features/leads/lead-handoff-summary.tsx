import { Anchor, Badge, Group, Paper, Rating, SimpleGrid, Text, Title } from "@mantine/core";
import { IconArrowRight, IconSend } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { dealKeys, fetchDeal } from "../../api/deals";
import type { Lead } from "../../api/leads";
import { useFormat } from "../../i18n/format";
import { Fact } from "./lead-contact-facts";
import { usePersonName } from "./use-person-name";

type Handoff = NonNullable<Lead["handoff"]>;

/** A handed-off lead: which deal it became, whose, and how field sales rated it. */
export function LeadHandoffSummary({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  const f = useFormat();
  const personName = usePersonName();
  // The deal is the FS rep's: an IS rep usually may not open it, a manager may.
  const deal = useQuery({
    queryKey: dealKeys.detail(handoff.dealId),
    queryFn: ({ signal }) => fetchDeal(handoff.dealId, signal),
    retry: false,
  });
  const fsOwnerName = personName(handoff.fsOwnerId, handoff.fsOwnerName);

  return (
    <Paper withBorder p="md" data-testid="lead-handoff">
      <Group justify="space-between" mb="sm">
        <Group gap={6}>
          <IconSend size={18} color="var(--mantine-color-grape-6)" />
          <Title order={3} fz="md">
            {t("leads.handoff.doneTitle")}
          </Title>
        </Group>
        {deal.data ? (
          <Anchor component={Link} to={`/deals/${handoff.dealId}`} size="sm" data-testid="lead-handoff-deal">
            <Group gap={4} component="span" display="inline-flex">
              {deal.data.name}
              <IconArrowRight size={14} />
            </Group>
          </Anchor>
        ) : (
          deal.isError && (
            <Text size="xs" c="dimmed">
              {t("leads.handoff.dealNotVisible")}
            </Text>
          )
        )}
      </Group>
      <SimpleGrid cols={2} spacing="sm">
        <Fact label={t("leads.handoff.fsOwner")}>{fsOwnerName}</Fact>
        <Fact label={t("leads.handoff.handedOffAt")}>{f.timestamp(handoff.handedOffAt)}</Fact>
        <Fact label={t("leads.handoff.rating")}>
          {handoff.rating !== null ? (
            <Group gap={6} data-testid="lead-handoff-rating" data-rating={handoff.rating}>
              <Rating value={handoff.rating} readOnly size="sm" />
              <Text size="sm">{t("leads.handoff.ratingOf", { rating: handoff.rating })}</Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t("leads.handoff.notRated")}
            </Text>
          )}
        </Fact>
        <Fact label={t("leads.handoff.rateBy")}>{f.date(handoff.rateBy)}</Fact>
      </SimpleGrid>
      {handoff.reasons.length > 0 && (
        <Group gap={4} mt="sm">
          {handoff.reasons.map((r) => (
            <Badge key={r} variant="light" color="orange">
              {t(`leads.handoffReasons.${r}`)}
            </Badge>
          ))}
        </Group>
      )}
      {handoff.ratingComment && (
        <Text size="sm" mt="xs" style={{ whiteSpace: "pre-wrap" }}>
          {handoff.ratingComment}
        </Text>
      )}
    </Paper>
  );
}
