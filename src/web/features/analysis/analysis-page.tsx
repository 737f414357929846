import {
  Box,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
} from "@mantine/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { MIN_STEP_SAMPLE } from "../../../domain/funnel";
import { ExportMenu } from "../../components/export-menu";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { WidgetCard } from "../../components/widget-card";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { dashboardLink, kpiRecordsLink, rangeToDate } from "../dashboard/dashboard-model";
import { KpiProgressTable } from "../dashboard/kpi-progress-table";
import { usePeriodLabel } from "../kpi-tree/period-picker";
import { pickedPeriod, pickedScope, ScopePeriodPickers } from "../kpi-tree/scope-period";
import { axes, parseAxis } from "./analysis-labels";
import { BottleneckLine } from "./bottleneck-line";
import { ChannelConversionTable } from "./channel-conversion-table";
import { DiagnosisFindings } from "./diagnosis-findings";
import { FunnelGroupsTable } from "./funnel-groups-table";
import { FunnelStepsTable } from "./funnel-steps-table";
import { StepAchievementChart } from "./step-achievement-chart";
import { useDiagnosis, useFunnelAnalysis } from "./use-analysis";

const keys = ["scope", "period", "by"] as const;
/** The scope's own finding and the first people; the rest on request. */
const FINDINGS_SHOWN = 8;

/**
 * ボトルネック分析 (SPEC C5, seed 002): the funnel decomposed into steps against their target rates,
 * the step furthest below target named, the same by person, channel, segment or time, and the
 * volume-vs-quality diagnosis in plain language.
 */
export function AnalysisPage() {
  const { t } = useTranslation();
  const me = useMe();
  const periodLabel = usePeriodLabel();
  const [search, setSearch] = useSearchState(keys);
  const picked = pickedPeriod(me, search.period);
  const { today, period } = picked;
  const scope = pickedScope(me, search.scope);
  const by = parseAxis(search.by);
  const funnel = useFunnelAnalysis({ scope, period: period.label, by });
  const diagnosis = useDiagnosis({ scope, period: period.label });
  const data = funnel.data;
  const [allFindings, setAllFindings] = useState(false);

  const dashboardOf = useCallback((s: string) => dashboardLink(s, search.period), [search.period]);
  const volumeLink = useCallback(
    (kpiKey: string) =>
      data ? kpiRecordsLink(kpiKey, data.scope.scope, rangeToDate(data.period, today)) : null,
    [data, today],
  );

  return (
    <Box data-testid="analysis-page">
      <PageHeader
        title={t("analysis.title")}
        crumbs={[{ label: t("nav.sections.analysis") }, { label: t("analysis.title") }]}
        subtitle={t("analysis.subtitle")}
        actions={
          <ExportMenu
            targets={[
              {
                path: "/analysis/funnel/export",
                params: { scope, period: period.label, by },
                tables: ["steps", "volume", "groups"],
              },
            ]}
            testId="analysis-export"
          />
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Stack gap="sm">
          <ScopePeriodPickers me={me} scope={scope} picked={picked} onChange={setSearch} />
          <Group gap="sm" align="center" wrap="wrap">
            <Text size="sm" fw={600}>
              {t("analysis.axis")}
            </Text>
            <SegmentedControl
              data={axes.map((a) => ({ value: a, label: t(`analysis.axes.${a}`) }))}
              value={by}
              onChange={(value) => setSearch({ by: value === "none" ? null : value })}
              aria-label={t("analysis.axis")}
              data-testid="analysis-axis"
            />
          </Group>
          {data && (
            <Text size="xs" c="dimmed" data-testid="analysis-scope-name">
              {t("kpiTree.shown", { scope: data.scope.name, period: periodLabel(period) })}
            </Text>
          )}
        </Stack>
      </Paper>

      {funnel.isError && <QueryError error={funnel.error} onRetry={() => void funnel.refetch()} />}
      {funnel.isPending && (
        <Center h={300}>
          <Loader />
        </Center>
      )}
      {data && (
        <Grid gutter="md" opacity={funnel.isPlaceholderData ? 0.6 : 1}>
          <Grid.Col span={12}>
            <WidgetCard
              title={t("analysis.stepsTitle")}
              subtitle={t("analysis.stepsHint")}
              fetching={funnel.isFetching}
              testId="steps-card"
            >
              <Stack gap="sm">
                <BottleneckLine analysis={data} />
                <FunnelStepsTable analysis={data} />
              </Stack>
            </WidgetCard>
          </Grid.Col>
          <Grid.Col span={12}>
            <WidgetCard
              title={t("analysis.volumeTitle")}
              subtitle={t("analysis.volumeHint")}
              testId="volume-card"
            >
              <KpiProgressTable
                rows={data.volume}
                linkOf={volumeLink}
                testId="volume-table"
                rowTestId="volume-row"
              />
            </WidgetCard>
          </Grid.Col>
          {data.by !== "none" && (
            <Grid.Col span={12}>
              <WidgetCard
                title={t("analysis.groupsTitle", { axis: t(`analysis.axes.${data.by}`) })}
                subtitle={t(data.by === "person" ? "analysis.groupsHintPerson" : "analysis.groupsHint", {
                  count: MIN_STEP_SAMPLE,
                })}
                testId="groups-card"
              >
                {data.groups.length === 0 ? (
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    {t("analysis.noGroups")}
                  </Text>
                ) : (
                  <Stack gap="md">
                    <Box data-testid="groups-chart">
                      <StepAchievementChart analysis={data} dashboardOf={dashboardOf} />
                    </Box>
                    <FunnelGroupsTable analysis={data} dashboardOf={dashboardOf} />
                  </Stack>
                )}
              </WidgetCard>
            </Grid.Col>
          )}
          {data.channelConversion && (
            <Grid.Col span={12}>
              <WidgetCard
                title={t("insideSales.byChannel")}
                subtitle={t("insideSales.byChannelHint")}
                testId="channel-conversion-card"
              >
                <ChannelConversionTable channels={data.channelConversion} />
              </WidgetCard>
            </Grid.Col>
          )}
          <Grid.Col span={12}>
            <WidgetCard
              title={t("dashboard.diagnosis.title")}
              subtitle={t("dashboard.diagnosis.subtitle")}
              fetching={diagnosis.isFetching}
              testId="diagnosis-card"
            >
              {diagnosis.isError && (
                <QueryError error={diagnosis.error} onRetry={() => void diagnosis.refetch()} />
              )}
              {diagnosis.data && (
                <Stack gap="xs">
                  <DiagnosisFindings
                    findings={diagnosis.data.findings}
                    currentScope={diagnosis.data.scope.scope}
                    linkTo={dashboardOf}
                    limit={allFindings ? undefined : FINDINGS_SHOWN}
                  />
                  {!allFindings && diagnosis.data.findings.length > FINDINGS_SHOWN && (
                    <Button
                      variant="light"
                      onClick={() => setAllFindings(true)}
                      w="fit-content"
                      data-testid="all-findings"
                    >
                      {t("analysis.allFindings", { count: diagnosis.data.findings.length })}
                    </Button>
                  )}
                </Stack>
              )}
            </WidgetCard>
          </Grid.Col>
        </Grid>
      )}
    </Box>
  );
}

export default AnalysisPage;
