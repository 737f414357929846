import { Anchor, Badge, Box, Group, List, Stack, Text, Timeline } from "@mantine/core";
import {
  IconAlertOctagon,
  IconArrowRight,
  IconCheck,
  IconEdit,
  IconPaperclip,
  IconPlus,
  IconStairsUp,
} from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { DealDetail } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { type ForecastCategory, forecastCategories } from "../../../domain/forecast/forecast-settings";
import { type Formatters, useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { useOwnerName } from "../directory/use-owner-name";

type Entry = DealDetail["timeline"][number];

const toCamel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const moneyFields = new Set(["amount"]);
const dateFields = new Set(["expectedCloseDate", "nextMeetingDate"]);

type Lookups = {
  t: TFunction;
  f: Formatters;
  stageName: (id: string) => string;
  contactName: (id: string) => string | undefined;
  ownerName: (id: string) => string;
};

function formatValue(field: string, value: unknown, x: Lookups): string {
  if (value === null || value === undefined || value === "") return x.t("common.notSet");
  if (moneyFields.has(field) && typeof value === "number") return x.f.yen(value);
  if (field === "probability" && typeof value === "number") return x.f.percent(value);
  if (dateFields.has(field) && typeof value === "string") return x.f.date(value);
  if (field === "stageId" && typeof value === "string") return x.stageName(value);
  if (field === "ownerId" && typeof value === "string") return x.ownerName(value);
  if (field === "decisionMakerId" && typeof value === "string")
    return x.contactName(value) ?? x.t("timeline.contact");
  if (field === "status" && (value === "open" || value === "won" || value === "lost"))
    return x.t(`status.${value}`);
  if (field === "forecastCategory" && forecastCategories.includes(value as ForecastCategory))
    return x.t(`forecast.category.${value as ForecastCategory}`);
  return typeof value === "string" ? value : JSON.stringify(value);
}

type Localize = (name: string, nameEn: string | null | undefined) => string;

/** The conditions ticked and the evidence supplied with a stage change, labelled from the pipeline's gates. */
function StageEvidence({
  entry,
  pipelineStages,
  localized,
  f,
}: {
  entry: Entry;
  pipelineStages: Stage[];
  localized: Localize;
  f: Formatters;
}) {
  const { t } = useTranslation();
  // The target stage's own definitions first: a key may recur in a skipped stage.
  const ordered = [...pipelineStages].sort(
    (a, b) => Number(b.id === entry.toStageId) - Number(a.id === entry.toStageId),
  );
  const conditionLabel = (key: string) => {
    const item = ordered.flatMap((s) => s.entryConditions).find((c) => c.key === key);
    return item ? localized(item.label, item.labelEn) : key;
  };
  const evidenceItem = (key: string) => ordered.flatMap((s) => s.requiredEvidence).find((e) => e.key === key);
  const conditions = entry.conditions ?? [];
  const evidence = Object.entries(entry.evidence ?? {}).filter(([, v]) => v !== "");
  if (conditions.length === 0 && evidence.length === 0) return null;
  return (
    <Stack gap={4} mt={6} data-testid="timeline-gate">
      {conditions.length > 0 && (
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {t("timeline.conditions")}
          </Text>
          <List
            size="xs"
            spacing={0}
            icon={<IconCheck size={12} color="var(--mantine-color-teal-7)" />}
            data-testid="timeline-conditions"
          >
            {conditions.map((key) => (
              <List.Item key={key}>{conditionLabel(key)}</List.Item>
            ))}
          </List>
        </div>
      )}
      {evidence.length > 0 && (
        <div data-testid="timeline-evidence">
          <Text size="xs" c="dimmed" fw={600}>
            {t("timeline.evidence")}
          </Text>
          {evidence.map(([key, value]) => {
            const item = evidenceItem(key);
            const label = item ? localized(item.label, item.labelEn) : key;
            const isUrl = /^https?:\/\//.test(value);
            return (
              <Group key={key} gap={4} wrap="nowrap" align="flex-start">
                <IconPaperclip size={12} style={{ flexShrink: 0, marginTop: 3 }} />
                <Text size="xs" style={{ minWidth: 0, wordBreak: "break-all" }}>
                  <Text span size="xs" fw={600}>
                    {label}
                  </Text>
                  {": "}
                  {isUrl ? (
                    <Anchor href={value} target="_blank" rel="noreferrer noopener" size="xs">
                      {value}
                    </Anchor>
                  ) : item?.type === "date" ? (
                    f.date(value)
                  ) : (
                    value
                  )}
                </Text>
              </Group>
            );
          })}
        </div>
      )}
    </Stack>
  );
}

export function DealTimeline({
  timeline,
  stages,
  pipelineStages,
  contacts,
}: {
  timeline: Entry[];
  stages: Map<string, Stage>;
  /** The deal's pipeline, whose gate definitions label the conditions and evidence. */
  pipelineStages: Stage[];
  contacts: Map<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const ownerName = useOwnerName();
  const lookups: Lookups = {
    t,
    f,
    stageName: (id) => {
      const s = stages.get(id);
      return s ? localized(s.name, s.nameEn) : "—";
    },
    contactName: (id) => contacts.get(id),
    ownerName: (id) => ownerName(id, "—"),
  };
  const entries = [...timeline].sort((a, b) => b.at.localeCompare(a.at));

  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("timeline.empty")}
      </Text>
    );
  }

  return (
    <Timeline bulletSize={24} lineWidth={2} data-testid="deal-timeline">
      {entries.map((entry, i) => {
        const who = entry.actorName ?? t("timeline.system");
        const meta = (
          <Text size="xs" c="dimmed" mt={2}>
            {who} · {f.timestamp(entry.at)}
          </Text>
        );
        const key = `${entry.at}-${i}`;
        if (entry.kind === "stage") {
          return (
            <Timeline.Item
              key={key}
              bullet={<IconStairsUp size={13} />}
              title={t("timeline.stage")}
              data-testid="timeline-entry"
              data-kind="stage"
            >
              <Group gap={6} mt={4}>
                <Badge variant="light" color="gray" tt="none">
                  {entry.fromStageId ? lookups.stageName(entry.fromStageId) : t("common.notSet")}
                </Badge>
                <IconArrowRight size={14} />
                <Badge variant="light" tt="none">
                  {entry.toStageId ? lookups.stageName(entry.toStageId) : "—"}
                </Badge>
              </Group>
              {entry.overrideReason && (
                <Box
                  mt={6}
                  px={8}
                  py={4}
                  bg="red.0"
                  style={{ borderLeft: "3px solid var(--mantine-color-red-6)", borderRadius: 4 }}
                  data-testid="timeline-override"
                >
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <IconAlertOctagon
                      size={14}
                      color="var(--mantine-color-red-7)"
                      style={{ flexShrink: 0, marginTop: 2 }}
                    />
                    <Text size="xs" c="red.8" fw={600} style={{ wordBreak: "break-word" }}>
                      {t("timeline.override", { reason: entry.overrideReason })}
                    </Text>
                  </Group>
                </Box>
              )}
              <StageEvidence entry={entry} pipelineStages={pipelineStages} localized={localized} f={f} />
              {meta}
            </Timeline.Item>
          );
        }
        if (entry.kind === "create") {
          return (
            <Timeline.Item
              key={key}
              bullet={<IconPlus size={13} />}
              title={t("timeline.create")}
              data-testid="timeline-entry"
              data-kind="create"
            >
              {meta}
            </Timeline.Item>
          );
        }
        const changes = Object.entries(entry.changes ?? {});
        return (
          <Timeline.Item
            key={key}
            bullet={<IconEdit size={13} />}
            title={t("timeline.field")}
            data-testid="timeline-entry"
            data-kind="field"
          >
            <Stack gap={2} mt={4}>
              {changes.map(([rawField, change]) => {
                const field = toCamel(rawField);
                const label = i18n.exists(`fields.${field}`)
                  ? t(`fields.${field}` as "fields.name")
                  : rawField;
                return (
                  <Text size="xs" key={rawField}>
                    <Text span fw={600} size="xs">
                      {label}
                    </Text>
                    {": "}
                    <Text span c="dimmed" size="xs" td="line-through">
                      {formatValue(field, change.before, lookups)}
                    </Text>
                    {" → "}
                    <Text span size="xs">
                      {formatValue(field, change.after, lookups)}
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
