import { Badge, Center, Group, Loader, Modal, Stack, Text, Timeline } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { KpiDefinition } from "../../api/kpis";
import type { TargetRevision } from "../../api/targets";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useKpiText } from "../kpis/kpi-format";
import { useRevisions } from "./use-targets";

const categoryColor = {
  external_temporary: "yellow",
  permanent_change: "blue",
  wrong_assumption: "grape",
} as const;
const levelKeys = ["value", "stretch", "minimum"] as const;

/** The revision log of a target: who changed it when, from what to what, and why. */
export function TargetRevisionsModal({
  targetId,
  def,
  onClose,
}: {
  targetId: string | null;
  def: KpiDefinition | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useKpiText();
  const revisions = useRevisions(targetId);

  const changes = (r: TargetRevision) =>
    levelKeys
      .filter((k) => (r.before[k] ?? null) !== (r.after[k] ?? null))
      .map((k) => (
        <Text key={k} size="sm">
          {t(`targets.${k}`)}: {text.value(r.before[k] ?? null, def)} →{" "}
          <b>{text.value(r.after[k] ?? null, def)}</b>
        </Text>
      ));

  return (
    <Modal
      opened={targetId !== null}
      onClose={onClose}
      title={t("targets.historyTitle", { kpi: def ? text.name(def.key, def) : "" })}
      size="lg"
      centered
    >
      {revisions.isPending && (
        <Center h={120}>
          <Loader />
        </Center>
      )}
      {revisions.isError && <QueryError error={revisions.error} onRetry={() => void revisions.refetch()} />}
      {revisions.data && revisions.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("targets.noRevisions")}
        </Text>
      )}
      {revisions.data && revisions.data.length > 0 && (
        <Timeline bulletSize={22} lineWidth={2} data-testid="target-revisions">
          {[...revisions.data]
            .sort((a, b) => b.changedAt.localeCompare(a.changedAt))
            .map((r) => (
              <Timeline.Item
                key={r.changedAt}
                bullet={<IconHistory size={12} />}
                title={
                  <Group gap={8}>
                    <Badge
                      color={categoryColor[r.category]}
                      variant="light"
                      data-testid="revision-category-label"
                    >
                      {t(`targets.categories.${r.category}`)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t("targets.changedBy", {
                        who: r.changedBy ?? t("targets.unknownUser"),
                        when: f.timestamp(r.changedAt),
                      })}
                    </Text>
                  </Group>
                }
                data-testid="target-revision"
              >
                <Stack gap={2} mt={4}>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {r.text}
                  </Text>
                  {changes(r)}
                </Stack>
              </Timeline.Item>
            ))}
        </Timeline>
      )}
    </Modal>
  );
}
