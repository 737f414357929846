import { Box, Group, Loader, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ExportMenu } from "../../components/export-menu";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useLocalizedName } from "../../i18n/use-lang";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { useTeams, useUserMap } from "../directory/use-directory";
import { DealsToFix } from "./deals-to-fix";
import { QualityPeopleTable } from "./quality-people-table";
import { QualityScopePicker } from "./quality-scope-picker";
import { QualityStats } from "./quality-stats";
import { useDataQuality } from "./use-data-quality";

const keys = ["scope", "days", "sort"] as const;
const dayChoices = [30, 90, 180, 365];
const defaultDays = 90;

/**
 * 入力精度 (SPEC C12, seed 000): how complete and current the deals are, and how often stage changes
 * carried their evidence — for the rep's own benefit first, and for the manager's follow-up.
 */
export function DataQualityPage() {
  const { t } = useTranslation();
  const me = useMe();
  const localized = useLocalizedName();
  const [search, setSearch] = useSearchState(keys);
  const days = dayChoices.includes(Number(search.days)) ? Number(search.days) : defaultDays;
  const canPickScope = me.role === "manager" || me.role === "admin";
  const query = { scope: canPickScope ? search.scope : undefined, days };
  const quality = useDataQuality(query);
  const teams = useTeams();
  const users = useUserMap();

  const scopeName = (scope: string | undefined) => {
    if (!scope) return null;
    const [kind, id] = scope.split(":");
    if (kind === "org") return me.org.name;
    if (kind === "team") {
      const team = teams.data?.find((x) => x.id === id);
      return team ? localized(team.name, team.nameEn) : null;
    }
    const user = id ? users.get(id) : undefined;
    return user ? localized(user.name, user.nameEn) : id === me.id ? localized(me.name, me.nameEn) : null;
  };
  const data = quality.data;
  const shownScope = scopeName(data?.scope);

  return (
    <Box data-testid="data-quality-page">
      <PageHeader
        title={t("quality.title")}
        crumbs={[{ label: t("nav.sections.analysis") }, { label: t("quality.title") }]}
        subtitle={canPickScope ? t("quality.subtitleManager") : t("quality.subtitleMember")}
        actions={
          <ExportMenu
            targets={[{ path: "/data-quality/export", params: query, tables: ["people", "dealsToFix"] }]}
            testId="quality-export"
          />
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          {canPickScope ? (
            <QualityScopePicker me={me} scope={search.scope} onChange={(scope) => setSearch({ scope })} />
          ) : (
            <Text size="sm" fw={600}>
              {t("quality.yourDeals")}
            </Text>
          )}
          <Group gap="sm" align="center">
            {shownScope && (
              <Text size="sm" c="dimmed" data-testid="quality-scope-name">
                {t("quality.scopeShown", { name: shownScope })}
              </Text>
            )}
            {quality.isFetching && <Loader size="xs" />}
            <Select
              data={dayChoices.map((d) => ({ value: String(d), label: t("quality.days", { count: d }) }))}
              value={String(days)}
              onChange={(value) => setSearch({ days: value && Number(value) !== defaultDays ? value : null })}
              allowDeselect={false}
              w={150}
              aria-label={t("quality.period")}
              data-testid="quality-days"
            />
          </Group>
        </Group>
      </Paper>

      {quality.isError && <QueryError error={quality.error} onRetry={() => void quality.refetch()} />}
      {quality.isPending && (
        <Group justify="center" py="xl">
          <Loader />
        </Group>
      )}
      {data && (
        <Stack gap="lg" opacity={quality.isPlaceholderData ? 0.6 : 1}>
          <QualityStats totals={data.totals} days={data.days} />
          {/* A member's own figures are the totals above: a one-row table would only repeat them. */}
          {(canPickScope || data.people.length > 1) && (
            <Paper withBorder style={{ overflow: "hidden" }}>
              <Group justify="space-between" px="md" pt="md" pb="xs">
                <Title order={3} fz="md">
                  {t("quality.peopleTitle")}
                </Title>
                <Text size="xs" c="dimmed">
                  {t("quality.peopleHint")}
                </Text>
              </Group>
              <QualityPeopleTable
                people={data.people}
                sort={search.sort}
                onSortChange={(sort) => setSearch({ sort })}
                onPick={canPickScope ? (userId) => setSearch({ scope: `user:${userId}` }) : undefined}
              />
            </Paper>
          )}
          <Paper withBorder style={{ overflow: "hidden" }}>
            <Group justify="space-between" px="md" pt="md" pb="xs">
              <Title order={3} fz="md">
                {t("quality.dealsToFix")}
              </Title>
              <Text size="xs" c="dimmed">
                {t("quality.dealsToFixHint", { count: data.dealsToFix.length })}
              </Text>
            </Group>
            <DealsToFix deals={data.dealsToFix} />
          </Paper>
        </Stack>
      )}
    </Box>
  );
}

export default DataQualityPage;
