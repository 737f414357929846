import { Badge, Group, Paper, Text, Title } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportRunSummary } from "../../api/imports";
import { DataTable } from "../../components/data-table";
import { Pager } from "../../components/pager";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useOwnerName } from "../directory/use-owner-name";
import { useImportHistory } from "./use-imports";

const pageSize = 20;
const column = createColumnHelper<ImportRunSummary>();
const statusColors = {
  queued: "gray",
  running: "brand",
  done: "teal",
  failed: "red",
  cancelled: "gray",
} as const;

/** Who imported what and when, with the counts of each run (dry runs included). */
export function ImportHistory() {
  const { t } = useTranslation();
  const f = useFormat();
  const [offset, setOffset] = useState(0);
  const history = useImportHistory(offset, pageSize);
  const ownerName = useOwnerName();
  const columns = useMemo(
    () => [
      column.accessor("createdAt", {
        header: t("imports.historyColumns.createdAt"),
        cell: (c) => f.timestampShort(c.getValue()),
        meta: { nowrap: true, width: 130 },
      }),
      column.accessor((r) => ownerName(r.createdBy.id, r.createdBy.name), {
        id: "createdBy",
        header: t("imports.historyColumns.createdBy"),
        meta: { nowrap: true },
      }),
      column.accessor("fileName", {
        header: t("imports.historyColumns.file"),
        cell: (c) => (
          <Text size="sm" style={{ wordBreak: "break-all" }}>
            {c.getValue()}
          </Text>
        ),
        meta: { minWidth: 180 },
      }),
      column.accessor("kind", {
        header: t("imports.historyColumns.kind"),
        cell: (c) => t(`imports.kinds.${c.getValue()}`),
        meta: { nowrap: true },
      }),
      column.accessor("dryRun", {
        header: t("imports.historyColumns.mode"),
        cell: (c) => (
          <Badge
            size="sm"
            variant={c.getValue() ? "outline" : "light"}
            color={c.getValue() ? "gray" : "brand"}
          >
            {c.getValue() ? t("imports.modes.dryRun") : t("imports.modes.apply")}
          </Badge>
        ),
        meta: { nowrap: true },
      }),
      column.accessor("counts", {
        header: t("imports.historyColumns.counts"),
        cell: (c) => {
          const n = c.getValue();
          return (
            <Group gap={6} wrap="nowrap" justify="flex-end">
              <Text size="sm" c="teal.8" title={t("imports.counts.created")}>
                {f.number(n.created)}
              </Text>
              <Text size="sm" c="dimmed">
                /
              </Text>
              <Text size="sm" title={t("imports.counts.updated")}>
                {f.number(n.updated)}
              </Text>
              <Text size="sm" c="dimmed">
                /
              </Text>
              <Text size="sm" c="dimmed" title={t("imports.counts.unchanged")}>
                {f.number(n.unchanged)}
              </Text>
              <Text size="sm" c="dimmed">
                /
              </Text>
              <Text size="sm" c={n.invalid > 0 ? "red.7" : "dimmed"} title={t("imports.counts.invalid")}>
                {f.number(n.invalid)}
              </Text>
            </Group>
          );
        },
        meta: { align: "right", nowrap: true },
      }),
      column.accessor("status", {
        header: t("imports.historyColumns.status"),
        cell: (c) => (
          <Badge size="sm" variant="light" color={statusColors[c.getValue()]}>
            {t(`imports.status.${c.getValue()}`)}
          </Badge>
        ),
        meta: { nowrap: true },
      }),
    ],
    [t, f, ownerName],
  );

  return (
    <Paper withBorder p="sm" data-testid="import-history">
      <Title order={3} fz="lg" mb="xs">
        {t("imports.history")}
      </Title>
      {history.isError && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
      <DataTable
        data={history.data?.items ?? []}
        columns={columns}
        getRowId={(r) => r.id}
        loading={history.isPending}
        emptyText={t("imports.historyEmpty")}
        testId="import-history-table"
        rowTestId="import-history-row"
        minWidth={860}
      />
      {history.data && history.data.total > 0 && (
        <Pager total={history.data.total} limit={pageSize} offset={offset} onOffsetChange={setOffset} />
      )}
    </Paper>
  );
}
