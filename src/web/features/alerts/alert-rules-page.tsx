import {
  Badge,
  Box,
  Button,
  Card,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from "@mantine/core";
import { IconPencil, IconPlayerPlay, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { alertKinds } from "../../../domain/alerts/alert-params";
import type { AlertRule } from "../../api/alerts";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { SettingsLocked, useSettingsCrumbs } from "../../components/settings-locked";
import { SettingsTabs } from "../../components/settings-tabs";
import { useLocalizedName } from "../../i18n/use-lang";
import { useMe } from "../auth/use-me";
import { useTeams } from "../directory/use-directory";
import { AlertRuleModal } from "./alert-rule-modal";
import { useRuleSummary } from "./alert-rule-summary";
import { useAlertRules, useDeleteAlertRule, usePatchAlertRule, useRunAlertRule } from "./use-alert-settings";

/** アラート設定 (SPEC C10): the rules with their thresholds; admins for the org, managers for their teams. */
export function AlertRulesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me.role !== "member";
  const rules = useAlertRules(allowed);
  const patch = usePatchAlertRule();
  const remove = useDeleteAlertRule();
  const run = useRunAlertRule();
  const summary = useRuleSummary();
  const teams = useTeams();
  const localized = useLocalizedName();
  const teamName = (rule: AlertRule) => {
    const team = teams.data?.find((x) => x.id === rule.teamId);
    return team ? localized(team.name, team.nameEn) : rule.teamName;
  };
  // undefined: closed; null: a new rule; else the one edited.
  const [form, setForm] = useState<AlertRule | null | undefined>(undefined);
  const title = t("alerts.rules.title");
  const crumbs = useSettingsCrumbs(title);
  if (!allowed) return <SettingsLocked title={title} message={t("alerts.rules.managersOnly")} />;

  const mayEdit = (rule: AlertRule) => me.role === "admin" || rule.teamId !== null;
  const card = (rule: AlertRule) => (
    <Card
      key={rule.id}
      withBorder
      padding="sm"
      data-testid="alert-rule"
      data-kind={rule.kind}
      opacity={rule.active ? 1 : 0.6}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge size="sm" variant="light" color={rule.teamId ? "brand" : "grape"}>
              {rule.teamId ? teamName(rule) : t("alerts.rules.wholeOrg")}
            </Badge>
            {!rule.active && (
              <Badge size="sm" color="gray">
                {t("alerts.rules.inactive")}
              </Badge>
            )}
          </Group>
          <Text size="sm" fw={600}>
            {summary(rule.kind, rule.params)}
          </Text>
          <Text size="xs" c="dimmed">
            {rule.escalateAfterHours === null
              ? t("alerts.rules.noEscalation")
              : t("alerts.rules.escalation", { hours: rule.escalateAfterHours })}
          </Text>
        </Stack>
        {mayEdit(rule) && (
          <Group gap={6} wrap="nowrap">
            <Switch
              size="sm"
              checked={rule.active}
              onChange={(e) =>
                patch.mutate({
                  id: rule.id,
                  // The delay goes along: a PATCH without it clears it today (the contract's default).
                  body: {
                    version: rule.version,
                    active: e.currentTarget.checked,
                    escalateAfterHours: rule.escalateAfterHours,
                  },
                })
              }
              aria-label={t("alerts.rules.active")}
              data-testid="rule-active"
            />
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconPlayerPlay size={14} />}
              loading={run.isPending && run.variables === rule.id}
              onClick={() => run.mutate(rule.id)}
            >
              {t("alerts.rules.run")}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconPencil size={14} />}
              onClick={() => setForm(rule)}
            >
              {t("alerts.rules.editButton")}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={t("alerts.rules.delete")}
              onClick={() =>
                window.confirm(t("alerts.rules.confirmDelete")) &&
                remove.mutate({ id: rule.id, version: rule.version })
              }
            >
              <IconTrash size={14} />
            </Button>
          </Group>
        )}
      </Group>
    </Card>
  );

  return (
    <Box data-testid="alert-rules-page">
      <PageHeader
        title={title}
        crumbs={crumbs}
        subtitle={t(me.role === "admin" ? "alerts.rules.subtitleAdmin" : "alerts.rules.subtitleManager")}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setForm(null)}
            data-testid="new-alert-rule"
          >
            {t("alerts.rules.new")}
          </Button>
        }
      />
      <SettingsTabs />
      {rules.isError && <QueryError error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.isPending ? (
        <Center h={200}>
          <Loader />
        </Center>
      ) : (
        <Stack gap="lg">
          {alertKinds.map((kind) => {
            const ofKind = (rules.data ?? []).filter((r) => r.kind === kind);
            return (
              <Box key={kind} data-testid={`alert-kind-${kind}`}>
                <Group gap="xs" mb={4}>
                  <Text fw={700}>{t(`alerts.kinds.${kind}.name`)}</Text>
                  <Badge size="xs" variant="outline" color="gray">
                    {t("alerts.rules.count", { count: ofKind.length })}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed" mb="xs" maw={900}>
                  {t(`alerts.kinds.${kind}.meaning`)}
                </Text>
                {ofKind.length === 0 ? (
                  <Text size="sm" c="dimmed" fs="italic">
                    {t("alerts.rules.noneOfKind")}
                  </Text>
                ) : (
                  <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
                    {ofKind.map(card)}
                  </SimpleGrid>
                )}
              </Box>
            );
          })}
        </Stack>
      )}
      {form !== undefined && <AlertRuleModal rule={form} onClose={() => setForm(undefined)} />}
    </Box>
  );
}

export default AlertRulesPage;
