import { Box, Center, Grid, Loader, Text } from "@mantine/core";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { ExportMenu } from "../../components/export-menu";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { PeriodPicker, usePeriodLabel } from "../kpi-tree/period-picker";
import { pickedPeriod } from "../kpi-tree/scope-period";
import { ActivitiesCard } from "./activities-card";
import { dashboardLink, isRankByKey, kpiRecordsLink, rangeToDate } from "./dashboard-model";
import { DiagnosisCard } from "./diagnosis-card";
import { FunnelCard } from "./funnel-card";
import { InsideSalesCard } from "./inside-sales-card";
import { KgiCard } from "./kgi-card";
import { LandingCard } from "./landing-card";
import { PaceKpisCard } from "./pace-kpis-card";
import { RankingsCard } from "./rankings-card";
import { ScopeBar } from "./scope-bar";
import { StaleDealsCard } from "./stale-deals-card";
import { useDashboard } from "./use-dashboard";
import { VolumeOutcomeCard } from "./volume-outcome-card";

const keys = ["scope", "period", "rankBy"] as const;

/**
 * 進捗ダッシュボード (SPEC C4): for a scope (org → team → person, one click each way) and a period,
 * where we stand against target and pace, against the same point of the previous period, where we
 * will land, the funnel, activity volume, rankings and stale deals — each figure a link to its records.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const f = useFormat();
  const periodLabel = usePeriodLabel();
  const [search, setSearch] = useSearchState(keys);
  const picked = pickedPeriod(me, search.period);
  const { today, fyStart, period } = picked;
  const rankBy = isRankByKey(search.rankBy) ? search.rankBy : "revenue";
  const query = {
    scope: search.scope,
    period: period.label,
    rankBy: rankBy === "revenue" ? undefined : rankBy,
  };
  const dashboard = useDashboard(query);
  const data = dashboard.data;

  const linkTo = useCallback(
    (scope: string) => dashboardLink(scope, search.period, search.rankBy),
    [search.period, search.rankBy],
  );
  const personLink = useCallback((userId: string) => linkTo(`user:${userId}`), [linkTo]);
  const kpiLink = useCallback(
    (kpiKey: string) =>
      data ? kpiRecordsLink(kpiKey, data.scope.scope, rangeToDate(data.period, data.today)) : null,
    [data],
  );

  return (
    <Box data-testid="dashboard-page">
      <PageHeader
        title={t("dashboard.title")}
        crumbs={[{ label: t("nav.sections.analysis") }, { label: t("dashboard.title") }]}
        subtitle={
          data
            ? t("dashboard.shown", { scope: data.scope.name, period: periodLabel(period) })
            : t("dashboard.subtitle")
        }
        actions={
          <ExportMenu
            targets={[
              {
                path: "/dashboard/export",
                params: query,
                tables: ["kpis", "activities", "daily", "funnel", "rankings", "stale"],
              },
            ]}
            testId="dashboard-export"
          />
        }
      />
      {data && (
        <ScopeBar
          breadcrumb={data.breadcrumb}
          below={data.children}
          linkTo={linkTo}
          periodPicker={
            <PeriodPicker
              period={period}
              today={today}
              fyStart={fyStart}
              onChange={(next) => setSearch({ period: next })}
            />
          }
        />
      )}
      {dashboard.isError && <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.isPending && (
        <Center h={300}>
          <Loader />
        </Center>
      )}
      {data && (
        <Grid gutter="md" opacity={dashboard.isPlaceholderData ? 0.6 : 1} data-scope={data.scope.scope}>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <KgiCard data={data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <LandingCard data={data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <PaceKpisCard data={data} linkOf={kpiLink} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <DiagnosisCard scope={data.scope.scope} period={period.label} linkTo={linkTo} />
          </Grid.Col>
          <Grid.Col span={12}>
            <FunnelCard data={data} />
          </Grid.Col>
          <Grid.Col span={12}>
            <InsideSalesCard scope={data.scope.scope} period={period.label} linkOf={kpiLink} />
          </Grid.Col>
          <Grid.Col span={12}>
            <ActivitiesCard data={data} linkOf={kpiLink} />
          </Grid.Col>
          {/* A person has nobody to be ranked against: rankings and the scatter start a level up. */}
          {data.scope.kind !== "user" && (
            <>
              <Grid.Col span={{ base: 12, lg: 7 }}>
                <RankingsCard
                  data={data}
                  rankBy={rankBy}
                  onRankByChange={(key) => setSearch({ rankBy: key === "revenue" ? null : key })}
                  personLink={personLink}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 5 }}>
                <VolumeOutcomeCard data={data} personLink={personLink} />
              </Grid.Col>
            </>
          )}
          <Grid.Col span={12}>
            <StaleDealsCard data={data} />
          </Grid.Col>
        </Grid>
      )}
      {data && (
        <Text size="xs" c="dimmed" mt="md">
          {t("dashboard.asOf", { date: f.date(data.today) })}
        </Text>
      )}
    </Box>
  );
}

export default DashboardPage;
