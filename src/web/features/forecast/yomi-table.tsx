import { Anchor, Badge, Stack, Switch, Tabs, Text, UnstyledButton } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { DataTable } from "../../components/data-table";
import { WidgetCard } from "../../components/widget-card";
import { type Figures, useFigures } from "../dashboard/use-figures";
import type { DealCell, Forecast, ForecastRow, Tally, YomiRank } from "./forecast-api";
import { yomiColors } from "./forecast-badges";
import {
  coverageState,
  forecastLink,
  multiple,
  rowCell,
  rowHasFigures,
  sortRows,
  yomiRanks,
} from "./forecast-model";

/** One line of the table: a person or team of the scope, or the scope's own total. */
type Line = { key: string; row: ForecastRow; total: boolean };

type Open = (cell: DealCell, title: string) => void;

function TallyCell({
  tally,
  onOpen,
  rank,
  strong,
}: {
  tally: Tally;
  onOpen: () => void;
  rank?: YomiRank;
  strong?: boolean;
}) {
  const x = useFigures();
  if (tally.count === 0)
    return (
      <Text size="sm" c="dimmed" ta="right">
        —
      </Text>
    );
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      ta="right"
      data-testid="yomi-cell"
      data-rank={rank ?? "total"}
      aria-label={x.t("forecast.yomi.openCell")}
      style={{ borderRadius: 4 }}
    >
      <Text
        size="sm"
        fw={strong ? 700 : 600}
        c={rank ? `${yomiColors[rank]}.8` : undefined}
        td="underline dotted"
      >
        {x.f.yenCompact(tally.amount)}
      </Text>
      <Text size="xs" c="dimmed">
        {x.t("common.count", { count: tally.count })}
      </Text>
    </UnstyledButton>
  );
}

function bandLabel(rank: YomiRank, bands: Forecast["settings"]["yomi"], x: Figures): string {
  switch (rank) {
    case "A":
      return x.t("forecast.yomi.bandAtLeast", { from: bands.a });
    case "B":
      return x.t("forecast.yomi.bandRange", { from: bands.b, to: bands.a - 1 });
    case "C":
      return x.t("forecast.yomi.bandRange", { from: bands.c, to: bands.b - 1 });
    case "D":
      return x.t("forecast.yomi.bandBelow", { to: bands.c });
  }
}

const column = createColumnHelper<Line>();

function columns(data: Forecast, x: Figures, onOpen: Open, period: string) {
  const { t, f } = x;
  const title = (line: Line, what: string) => (line.total ? what : `${line.row.ref.name} · ${what}`);
  const cellOf = (line: Line): DealCell => (line.total ? {} : rowCell(line.row));
  return [
    column.display({
      id: "name",
      header: t("forecast.yomi.name"),
      cell: ({ row: { original: line } }) =>
        line.total ? (
          <Text size="sm" fw={700}>
            {t("forecast.yomi.total")}
          </Text>
        ) : (
          <Anchor
            component={Link}
            to={forecastLink(line.row.ref.scope, period)}
            size="sm"
            fw={600}
            c="dark.7"
            data-testid="yomi-row-link"
          >
            {line.row.ref.name}
          </Anchor>
        ),
      meta: { minWidth: 160 },
    }),
    ...yomiRanks.map((rank) =>
      column.display({
        id: `yomi-${rank}`,
        header: () => (
          <Stack gap={0} align="flex-end">
            <Badge variant="light" color={yomiColors[rank]} size="sm">
              {t("forecast.yomi.rank", { rank })}
            </Badge>
            <Text size="xs" c="dimmed" fw={400}>
              {bandLabel(rank, data.settings.yomi, x)}
            </Text>
          </Stack>
        ),
        cell: ({ row: { original: line } }) => (
          <TallyCell
            tally={line.row.yomi[rank]}
            rank={rank}
            strong={line.total}
            onOpen={() =>
              onOpen({ ...cellOf(line), yomi: rank }, title(line, t("forecast.yomi.rank", { rank })))
            }
          />
        ),
        meta: { align: "right", nowrap: true, minWidth: 96 },
      }),
    ),
    column.display({
      id: "total",
      header: t("forecast.yomi.sum"),
      cell: ({ row: { original: line } }) => (
        <TallyCell
          tally={line.row.total}
          strong
          onOpen={() => onOpen(cellOf(line), title(line, t("forecast.drawer.inPeriod")))}
        />
      ),
      meta: { align: "right", nowrap: true, minWidth: 96 },
    }),
    column.display({
      id: "weighted",
      header: t("forecast.yomi.weighted"),
      cell: ({ row: { original: line } }) => (
        <Text size="sm" ta="right" c={line.row.total.weighted === 0 ? "dimmed" : undefined}>
          {line.row.total.weighted === 0 ? "—" : f.yenCompact(line.row.total.weighted)}
        </Text>
      ),
      meta: { align: "right", nowrap: true },
    }),
    column.display({
      id: "won",
      header: t("forecast.yomi.won"),
      cell: ({ row: { original: line } }) => f.yenCompact(line.row.wonToDate),
      meta: { align: "right", nowrap: true },
    }),
    column.display({
      id: "target",
      header: t("forecast.yomi.target"),
      cell: ({ row: { original: line } }) =>
        line.row.target === null ? (
          <Text size="sm" c="dimmed" span>
            {t("forecast.yomi.noTarget")}
          </Text>
        ) : (
          f.yenCompact(line.row.target)
        ),
      meta: { align: "right", nowrap: true },
    }),
    column.display({
      id: "coverage",
      header: t("forecast.yomi.coverage", { rule: multiple(data.settings.coverageRule, f.lang) }),
      cell: ({ row: { original: line } }) => {
        const state = coverageState(line.row.coverage, line.row.target);
        if (state === "noTarget")
          return (
            <Text size="sm" c="dimmed" span>
              —
            </Text>
          );
        if (state === "reached")
          return (
            <Badge color="teal" variant="light" size="sm">
              {t("forecast.coverageState.reached")}
            </Badge>
          );
        return (
          <Text size="sm" fw={600} c={state === "ok" ? "teal.8" : "orange.8"} span>
            {multiple(line.row.coverage.ratio, f.lang)}
          </Text>
        );
      },
      meta: { align: "right", nowrap: true },
    }),
  ];
}

/**
 * ヨミ表: the sales meeting's table. Per person (and per team) the pipeline closing in the period by
 * ヨミ rank, against their target and coverage; every figure opens the deals behind it.
 */
export function YomiTableCard({ data, onOpen, period }: { data: Forecast; onOpen: Open; period: string }) {
  const x = useFigures();
  const { t } = x;
  const [tab, setTab] = useState<string | null>("people");
  const [showAll, setShowAll] = useState(false);
  const cols = useMemo(() => columns(data, x, onOpen, period), [data, x, onOpen, period]);
  const totalLine: Line = useMemo(
    () => ({
      key: "total",
      total: true,
      row: {
        ref: data.scope,
        target: data.target,
        wonToDate: data.landing.wonToDate,
        total: data.weighted,
        categories: data.categories,
        yomi: data.yomi,
        coverage: data.coverage,
      },
    }),
    [data],
  );
  const lines = (rows: ForecastRow[]) => {
    const sorted = sortRows(rows);
    const shown = showAll ? sorted : sorted.filter(rowHasFigures);
    return {
      hidden: sorted.length - shown.length,
      data: [...shown.map((row) => ({ key: row.ref.scope, row, total: false })), totalLine],
    };
  };
  const people = lines(data.people);
  const teams = lines(data.teams);
  const current = tab === "teams" && data.teams.length > 0 ? teams : people;
  return (
    <WidgetCard
      title={t("forecast.yomi.title")}
      subtitle={t("forecast.yomi.subtitle")}
      testId="forecast-yomi-card"
      actions={
        current.hidden > 0 || showAll ? (
          <Switch
            size="xs"
            checked={showAll}
            onChange={(e) => setShowAll(e.currentTarget.checked)}
            label={t("forecast.yomi.showAll")}
            data-testid="yomi-show-all"
          />
        ) : undefined
      }
    >
      <Tabs value={data.teams.length > 0 ? tab : "people"} onChange={setTab} keepMounted={false}>
        {data.teams.length > 0 && (
          <Tabs.List mb="xs">
            <Tabs.Tab value="people" data-testid="yomi-tab-people">
              {t("forecast.yomi.byPerson")}
            </Tabs.Tab>
            <Tabs.Tab value="teams" data-testid="yomi-tab-teams">
              {t("forecast.yomi.byTeam")}
            </Tabs.Tab>
          </Tabs.List>
        )}
        <DataTable
          data={current.data}
          columns={cols}
          getRowId={(line) => line.key}
          emptyText={t("forecast.yomi.empty")}
          testId="yomi-table"
          rowTestId="yomi-row"
          minWidth={1000}
        />
      </Tabs>
    </WidgetCard>
  );
}
