import { Box, Center, Grid, Loader, Text } from "@mantine/core";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { ScopeBar } from "../dashboard/scope-bar";
import { PeriodPicker, usePeriodLabel } from "../kpi-tree/period-picker";
import { pickedPeriod } from "../kpi-tree/scope-period";
import { CategoryWaterfallCard } from "./category-waterfall";
import { CloseMonthCard } from "./close-month-card";
import { ForecastAccuracyCard } from "./forecast-accuracy";
import type { DealCell } from "./forecast-api";
import { ForecastDealsDrawer, type OpenCell } from "./forecast-deals-drawer";
import { ForecastHeadline } from "./forecast-headline";
import { ForecastInputsCard } from "./forecast-inputs";
import { forecastLink } from "./forecast-model";
import { ForecastSettingsCard } from "./forecast-settings-card";
import { LandingFanCard } from "./landing-fan-chart";
import { useForecast } from "./use-forecast";
import { YomiTableCard } from "./yomi-table";

const keys = ["scope", "period"] as const;

/**
 * 売上予測 (SPEC C6): for a scope and a period, where we will land (P10 / P50 / P90 from the org's
 * own history, beside the classic weighted estimate), coverage of the remaining target, the ヨミ table
 * and the category waterfall with the deals behind every figure, what the forecast rests on, and how
 * accurate past forecasts were.
 */
export function ForecastPage() {
  const { t } = useTranslation();
  const me = useMe();
  const f = useFormat();
  const periodLabel = usePeriodLabel();
  const [search, setSearch] = useSearchState(keys);
  const picked = pickedPeriod(me, search.period);
  const { today, fyStart, period } = picked;
  const forecast = useForecast({ scope: search.scope, period: period.label });
  const data = forecast.data;
  const [open, setOpen] = useState<OpenCell | null>(null);
  const onOpen = useCallback((cell: DealCell, title: string) => setOpen({ cell, title }), []);
  const linkTo = useCallback((scope: string) => forecastLink(scope, search.period), [search.period]);
  const cellParams = useMemo(
    () => (data ? { scope: data.scope.scope, period: data.period.label } : {}),
    [data],
  );

  return (
    <Box data-testid="forecast-page">
      <PageHeader
        title={t("forecast.title")}
        crumbs={[{ label: t("nav.sections.analysis") }, { label: t("forecast.title") }]}
        subtitle={
          data
            ? t("forecast.shown", { scope: data.scope.name, period: periodLabel(period) })
            : t("forecast.subtitle")
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
      {forecast.isError && <QueryError error={forecast.error} onRetry={() => void forecast.refetch()} />}
      {forecast.isPending && (
        <Center h={300}>
          <Loader />
        </Center>
      )}
      {data && (
        <Grid gutter="md" opacity={forecast.isPlaceholderData ? 0.6 : 1} data-scope={data.scope.scope}>
          <Grid.Col span={12}>
            <ForecastHeadline data={data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <LandingFanCard data={data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <CategoryWaterfallCard data={data} onOpen={onOpen} />
          </Grid.Col>
          <Grid.Col span={12}>
            <YomiTableCard data={data} onOpen={onOpen} period={data.period.label} />
          </Grid.Col>
          <Grid.Col span={12}>
            <CloseMonthCard data={data} onOpen={onOpen} />
          </Grid.Col>
          <Grid.Col span={12}>
            <ForecastInputsCard data={data} />
          </Grid.Col>
          <Grid.Col span={12}>
            <ForecastAccuracyCard data={data} scope={data.scope.scope} />
          </Grid.Col>
          {me.role === "admin" && (
            <Grid.Col span={12}>
              <ForecastSettingsCard current={data.settings} />
            </Grid.Col>
          )}
        </Grid>
      )}
      {data && (
        <Text size="xs" c="dimmed" mt="md">
          {t("forecast.asOf", {
            date: f.date(data.today),
            runs: f.number(data.landing.runs),
            seed: data.landing.seed,
          })}
        </Text>
      )}
      <ForecastDealsDrawer
        params={cellParams}
        open={open}
        minClosed={data?.inputs.minClosed ?? 30}
        onClose={() => setOpen(null)}
      />
    </Box>
  );
}

export default ForecastPage;
