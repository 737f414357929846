import { Anchor, Badge, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Lead, LeadDetail } from "../../api/leads";
import { LeadStatusBadge, ResponseTime } from "./lead-badges";
import { Fact, PhoneLink } from "./lead-contact-facts";
import { usePickLabels } from "./lead-labels";
import { LeadTimeline } from "./lead-timeline";

/** The lead the rep is calling now: whom, the number, where they came from, the SLA, what happened so far. */
export function CallListCurrent({ lead, detail }: { lead: Lead; detail: LeadDetail | undefined }) {
  const { t } = useTranslation();
  const { channelLabel } = usePickLabels();
  const l = detail ?? lead;
  return (
    <Paper withBorder p="lg" data-testid="call-list-current" data-lead-id={l.id} data-status={l.status}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="sm">
            <Title order={3} fz={22} data-testid="call-list-company">
              {l.companyName}
            </Title>
            <LeadStatusBadge status={l.status} />
          </Group>
          <Text size="md">{l.contactName ?? t("leads.callList.noContact")}</Text>
        </Stack>
        <Anchor component={Link} to={`/leads/${l.id}`} size="sm">
          <Group gap={4} component="span" display="inline-flex">
            {t("leads.callList.openDetail")}
            <IconExternalLink size={14} />
          </Group>
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
        <Fact label={t("leads.fields.phone")}>
          <PhoneLink phone={l.phone} size="xl" />
        </Fact>
        <Fact label={t("leads.fields.channel")}>
          <Badge variant="outline" color="gray" tt="none">
            {channelLabel(l.channel)}
          </Badge>
        </Fact>
        <Fact label={t("leads.fields.responseTime")}>
          <ResponseTime lead={l} wrap />
        </Fact>
      </SimpleGrid>
      {l.email && (
        <Text size="sm" c="dimmed" mb="sm">
          {t("leads.fields.email")}: <Anchor href={`mailto:${l.email}`}>{l.email}</Anchor>
        </Text>
      )}
      <Divider my="sm" label={t("leads.callList.recent")} labelPosition="left" />
      {detail ? (
        <LeadTimeline lead={detail} limit={3} activitiesOnly />
      ) : (
        <Text size="sm" c="dimmed">
          {t("common.loading")}
        </Text>
      )}
    </Paper>
  );
}
