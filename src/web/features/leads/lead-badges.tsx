import { Badge, type BadgeProps, Group, Text } from "@mantine/core";
import { IconAlertTriangle, IconClockHour4 } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Lead, LeadStatus } from "../../api/leads";
import { useFormat } from "../../i18n/format";
import { formatBusinessMinutes, leadStatusColors } from "./lead-labels";

export function LeadStatusBadge({ status, ...rest }: { status: LeadStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={leadStatusColors[status]}
      style={{ minWidth: "max-content" }}
      data-testid="lead-status-badge"
      data-status={status}
      {...rest}
    >
      {t(`leads.status.${status}`)}
    </Badge>
  );
}

export function SlaBreachBadge(props: BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color="red"
      variant="filled"
      leftSection={<IconAlertTriangle size={12} />}
      style={{ minWidth: "max-content" }}
      data-testid="sla-breached"
      {...props}
    >
      {t("leads.sla.breached")}
    </Badge>
  );
}

type ResponseFacts = Pick<Lead, "responseMinutes" | "responseDueAt" | "slaBreached">;

/** The lead's response time in business minutes, or 未対応 with its due time, and the SLA state. */
export function ResponseTime({
  lead,
  size = "sm",
  wrap = false,
}: {
  lead: ResponseFacts;
  size?: "xs" | "sm" | "md";
  /** Let the due time go under the state in a narrow place. */
  wrap?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const answered = lead.responseMinutes !== null;
  return (
    <Group gap={6} wrap={wrap ? "wrap" : "nowrap"} data-testid="lead-response">
      {answered ? (
        <Text size={size} fw={500} style={{ whiteSpace: "nowrap" }}>
          {formatBusinessMinutes(t, lead.responseMinutes ?? 0)}
        </Text>
      ) : (
        <Text size={size} c="orange.8" fw={600} style={{ whiteSpace: "nowrap" }}>
          {t("leads.sla.unanswered")}
        </Text>
      )}
      {lead.slaBreached ? (
        <SlaBreachBadge size={size === "md" ? "md" : "sm"} />
      ) : !answered && lead.responseDueAt ? (
        <Group gap={2} wrap="nowrap">
          <IconClockHour4 size={13} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            {t("leads.sla.dueAt", { at: f.timestampShort(lead.responseDueAt) })}
          </Text>
        </Group>
      ) : answered ? (
        <Badge color="teal" variant="light" size={size === "md" ? "md" : "sm"}>
          {t("leads.sla.withinSla")}
        </Badge>
      ) : null}
    </Group>
  );
}
