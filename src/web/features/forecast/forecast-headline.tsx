import { Anchor, Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { closingIn, dealsLink, rangeToDate, wonIn } from "../dashboard/dashboard-model";
import { useFigures } from "../dashboard/use-figures";
import type { Forecast } from "./forecast-api";
import { coverageState, multiple } from "./forecast-model";

function Headline({
  label,
  value,
  testId,
  badge,
  children,
}: {
  label: string;
  value: ReactNode;
  testId: string;
  badge?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" radius="md" data-testid={testId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Text size="sm" c="dimmed" fw={600}>
            {label}
          </Text>
          {badge}
        </Group>
        <Text fz={26} fw={700} lh={1.2} data-testid={`${testId}-value`}>
          {value}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}

function Line({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Text size="xs" c="dimmed" data-testid={testId}>
      {children}
    </Text>
  );
}

const coverageColors = { ok: "teal", low: "orange", reached: "teal", noTarget: "gray" } as const;

/** The four figures of the Monday meeting: where we land, the classic estimate, coverage, and what they rest on. */
export function ForecastHeadline({ data }: { data: Forecast }) {
  const x = useFigures();
  const { t, f, rate } = x;
  const { landing, coverage, weighted, inputs } = data;
  const scope = data.scope.scope;
  const cov = coverageState(coverage, data.target);
  const wonShare = data.target ? landing.wonToDate / data.target : null;
  const achievementColor =
    landing.achievement === null
      ? "gray"
      : landing.achievement >= 1
        ? "teal"
        : landing.achievement >= 0.8
          ? "yellow"
          : "red";
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="md">
      <Headline
        label={t("forecast.headline.p50")}
        value={f.yen(landing.p50)}
        testId="forecast-p50"
        badge={
          landing.achievement !== null && (
            <Tooltip label={t("forecast.headline.achievementHint")} withinPortal>
              <Badge
                color={achievementColor}
                variant="light"
                style={{ flexShrink: 0, overflow: "visible" }}
                data-testid="forecast-achievement"
              >
                {t("forecast.headline.achievement", { value: rate(landing.achievement, 0) })}
              </Badge>
            </Tooltip>
          )
        }
      >
        <Text size="sm" data-testid="forecast-band">
          {t("forecast.headline.band", { p10: f.yenCompact(landing.p10), p90: f.yenCompact(landing.p90) })}
        </Text>
        <Line>
          {t("forecast.headline.wonOfTarget", {
            won: f.yenCompact(landing.wonToDate),
            target: data.target === null ? t("dashboard.kgi.noTarget") : f.yenCompact(data.target),
          })}{" "}
          <Anchor
            component={Link}
            to={dealsLink(scope, wonIn(rangeToDate(data.period, data.today)))}
            size="xs"
            data-testid="forecast-won-link"
          >
            {t("forecast.headline.openWon")}
          </Anchor>
        </Line>
        {wonShare !== null && (
          <Progress.Root size="sm" aria-label={t("forecast.headline.progressLabel")}>
            <Progress.Section value={Math.min(100, wonShare * 100)} color="teal" />
            <Progress.Section
              value={Math.max(
                0,
                Math.min(100, ((landing.p50 - landing.wonToDate) / (data.target ?? 1)) * 100),
              )}
              color="brand.3"
            />
          </Progress.Root>
        )}
      </Headline>

      <Headline
        label={t("forecast.headline.weighted")}
        value={f.yen(weighted.landing)}
        testId="forecast-weighted"
      >
        <Text size="sm">
          {t("forecast.headline.weightedParts", {
            won: f.yenCompact(landing.wonToDate),
            weighted: f.yenCompact(weighted.weighted),
          })}
        </Text>
        <Line>
          {t("forecast.headline.weightedOf", {
            count: weighted.count,
            amount: f.yenCompact(weighted.amount),
          })}{" "}
          <Anchor component={Link} to={dealsLink(scope, closingIn(data.period))} size="xs">
            {t("forecast.headline.openDeals")}
          </Anchor>
        </Line>
        <Line>{t("forecast.headline.weightedHint")}</Line>
      </Headline>

      <Headline
        label={t("forecast.headline.coverage")}
        value={
          <Group gap={8} align="baseline" wrap="wrap">
            <span>{multiple(coverage.ratio, f.lang)}</span>
            <Text span size="sm" c="dimmed" fw={500}>
              {t("forecast.headline.rule", { rule: multiple(coverage.rule, f.lang) })}
            </Text>
          </Group>
        }
        testId="forecast-coverage"
        badge={
          <Badge color={coverageColors[cov]} variant="light" style={{ flexShrink: 0 }}>
            {t(`forecast.coverageState.${cov}`)}
          </Badge>
        }
      >
        <Text size="sm">
          {coverage.remaining === null
            ? t("forecast.headline.noTargetCoverage")
            : coverage.remaining <= 0
              ? t("forecast.headline.reached")
              : t("forecast.headline.coverageParts", {
                  open: f.yenCompact(coverage.openAmount),
                  remaining: f.yenCompact(coverage.remaining),
                })}
        </Text>
        <Line testId="forecast-commit-coverage">
          {t("forecast.headline.commitCoverage", {
            value: data.commitCoverage === null ? "—" : rate(data.commitCoverage, 0),
          })}
        </Line>
      </Headline>

      <Headline
        label={t("forecast.headline.basis")}
        value={t("forecast.headline.runsValue", { runs: f.number(landing.runs) })}
        testId="forecast-basis"
      >
        <Text size="sm">
          {t("forecast.headline.history", {
            months: inputs.lookbackMonths,
            since: f.dateShort(inputs.since),
          })}
        </Text>
        <Line>
          {t("forecast.headline.simulated", {
            count: inputs.byHistory + inputs.byStage,
            history: inputs.byHistory,
            stage: inputs.byStage,
          })}
        </Line>
        <Line>{t("forecast.headline.expected", { value: f.yenCompact(landing.expected) })}</Line>
      </Headline>
    </SimpleGrid>
  );
}
