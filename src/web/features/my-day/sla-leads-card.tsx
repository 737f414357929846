import { Anchor, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { IconPhoneCall } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MyDay, MyDayLead } from "../../api/my-day";
import { WidgetCard } from "../../components/widget-card";
import { slaLateness } from "./my-day-model";

function LeadRow({ lead, now }: { lead: MyDayLead; now: string }) {
  const { t } = useTranslation();
  const late = slaLateness(lead, now);
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="sm"
      py={6}
      style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
      data-testid="my-day-sla-lead"
    >
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/leads/${lead.id}`} size="sm" fw={600} lineClamp={1}>
          {lead.companyName}
        </Anchor>
        {lead.contactName && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {lead.contactName}
          </Text>
        )}
      </Stack>
      {late && (
        <Badge
          variant="light"
          color={late.answered ? "orange" : "red"}
          style={{ flexShrink: 0 }}
          data-testid="sla-late"
        >
          {t(late.answered ? `myDay.sla.answeredLate.${late.unit}` : `myDay.sla.late.${late.unit}`, {
            count: late.count,
          })}
        </Badge>
      )}
    </Group>
  );
}

/** The card stays beside the others rather than running down the page; the call list has them all. */
const shownLeads = 8;

/** SLA超過のリード: leads past their response time, the longest waiting first, and the call list. */
export function SlaLeadsCard({ data }: { data: MyDay }) {
  const { t } = useTranslation();
  const { slaLeads, callListCount } = data;
  const shown = slaLeads.items.slice(0, shownLeads);
  const more = slaLeads.count - shown.length;
  return (
    <WidgetCard
      title={t("myDay.sla.title")}
      subtitle={t("myDay.sla.subtitle")}
      actions={
        <Badge variant="light" color={slaLeads.count > 0 ? "red" : "gray"} data-testid="my-day-sla-count">
          {t("myDay.sla.count", { count: slaLeads.count })}
        </Badge>
      }
      testId="my-day-sla"
    >
      <Stack gap="sm">
        {slaLeads.items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="xs">
            {t("myDay.sla.empty")}
          </Text>
        ) : (
          <Stack gap={0}>
            {shown.map((lead) => (
              <LeadRow key={lead.id} lead={lead} now={data.now} />
            ))}
            {more > 0 && (
              <Text size="xs" c="dimmed" mt={6}>
                {t("myDay.sla.more", { count: more })}
              </Text>
            )}
          </Stack>
        )}
        {callListCount > 0 ? (
          <Button
            component={Link}
            to="/leads/call-list"
            leftSection={<IconPhoneCall size={16} />}
            fullWidth
            data-testid="my-day-call-list"
          >
            {t("myDay.sla.callList", { count: callListCount })}
          </Button>
        ) : (
          <Button
            leftSection={<IconPhoneCall size={16} />}
            variant="default"
            disabled
            fullWidth
            data-testid="my-day-call-list"
          >
            {t("myDay.sla.callList", { count: 0 })}
          </Button>
        )}
      </Stack>
    </WidgetCard>
  );
}
