import { Badge, Group, Stack, Text, Timeline } from "@mantine/core";
import { IconEdit, IconFlag, IconMail, IconPhone, IconPlus, IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Activity } from "../../api/activities";
import type { LeadDetail } from "../../api/leads";
import { useFormat } from "../../i18n/format";
import { kindColors } from "../activities/activity-labels";
import { isLeadStatus, leadOutcomeLabel, usePickLabels } from "./lead-labels";
import { usePersonName } from "./use-person-name";

type Change = LeadDetail["timeline"][number];
type Item = { at: string; activity: Activity } | { at: string; change: Change };

const toCamel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** Fields a change does not list: the team follows the owner, the deal is the hand-off card's. */
const hidden = new Set(["teamId", "updatedAt", "version", "convertedDealId"]);

function useValueLabel() {
  const { t } = useTranslation();
  const { channelLabel, reasonLabel } = usePickLabels();
  const ownerName = usePersonName();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("common.notSet");
    if (field === "status" && typeof value === "string" && isLeadStatus(value))
      return t(`leads.status.${value}`);
    if (field === "channel" && typeof value === "string") return channelLabel(value);
    if (field === "disqualifiedReason" && typeof value === "string") return reasonLabel(value);
    if (field === "ownerId" && typeof value === "string") return ownerName(value, "—");
    return typeof value === "string" ? value : JSON.stringify(value);
  };
}

function useFieldLabel() {
  const { t, i18n } = useTranslation();
  return (field: string) => {
    if (i18n.exists(`leads.fields.${field}`)) return t(`leads.fields.${field}` as "leads.fields.status");
    if (i18n.exists(`fields.${field}`)) return t(`fields.${field}` as "fields.name");
    return field;
  };
}

/** The lead's calls and e-mails and its changes (status moves, edits), newest first. */
export function LeadTimeline({
  lead,
  limit,
  activitiesOnly,
}: {
  lead: LeadDetail;
  limit?: number;
  /** Only the calls and e-mails (the call list's "last activities"). */
  activitiesOnly?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const valueLabel = useValueLabel();
  const fieldLabel = useFieldLabel();
  const personName = usePersonName();
  const items: Item[] = [
    ...lead.activities.map((a) => ({ at: a.occurredAt, activity: a })),
    ...(activitiesOnly ? [] : lead.timeline.map((c) => ({ at: c.at, change: c }))),
  ].sort((a, b) => b.at.localeCompare(a.at));
  const shown = limit ? items.slice(0, limit) : items;

  if (shown.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("leads.timeline.empty")}
      </Text>
    );
  }

  return (
    <Timeline bulletSize={24} lineWidth={2} data-testid="lead-timeline">
      {shown.map((item, i) => {
        const key = `${item.at}-${i}`;
        if ("activity" in item) {
          const a = item.activity;
          const Icon = a.kind === "call" ? IconPhone : a.kind === "email" ? IconMail : IconUsers;
          return (
            <Timeline.Item
              key={key}
              bullet={<Icon size={13} />}
              color={kindColors[a.kind]}
              title={
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {t(`activities.kinds.${a.kind}`)}
                  </Text>
                  {a.outcome && (
                    <Badge size="sm" variant="light" color={kindColors[a.kind]}>
                      {leadOutcomeLabel(t, a.kind, a.outcome)}
                    </Badge>
                  )}
                </Group>
              }
              data-testid="lead-timeline-activity"
              data-outcome={a.outcome ?? ""}
            >
              {(a.subject || a.note) && (
                <Text size="xs" mt={2} style={{ whiteSpace: "pre-wrap" }}>
                  {[a.subject, a.note].filter(Boolean).join(" — ")}
                </Text>
              )}
              <Text size="xs" c="dimmed" mt={2}>
                {personName(a.ownerId, a.ownerName)} · {f.timestamp(a.occurredAt)}
              </Text>
            </Timeline.Item>
          );
        }
        const c = item.change;
        const changes = Object.entries(c.changes).filter(([field]) => !hidden.has(toCamel(field)));
        const meta = (
          <Text size="xs" c="dimmed" mt={2}>
            {c.actorName ? personName(null, c.actorName) : t("timeline.system")} · {f.timestamp(c.at)}
          </Text>
        );
        if (c.kind === "create") {
          return (
            <Timeline.Item key={key} bullet={<IconPlus size={13} />} title={t("leads.timeline.create")}>
              {meta}
            </Timeline.Item>
          );
        }
        return (
          <Timeline.Item
            key={key}
            bullet={c.kind === "status" ? <IconFlag size={13} /> : <IconEdit size={13} />}
            title={c.kind === "status" ? t("leads.timeline.status") : t("leads.timeline.field")}
            data-testid="lead-timeline-change"
          >
            <Stack gap={2} mt={4}>
              {changes.map(([raw, change]) => {
                const field = toCamel(raw);
                return (
                  <Text size="xs" key={raw}>
                    <Text span fw={600} size="xs">
                      {fieldLabel(field)}
                    </Text>
                    {": "}
                    <Text span c="dimmed" size="xs" td="line-through">
                      {valueLabel(field, change.before)}
                    </Text>
                    {" → "}
                    <Text span size="xs">
                      {valueLabel(field, change.after)}
                    </Text>
                  </Text>
                );
              })}
            </Stack>
            {meta}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
