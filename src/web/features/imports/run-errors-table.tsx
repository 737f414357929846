import { Anchor, Badge, Group, Paper, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ImportRun, importRowError } from "../../../contract/imports";
import { importErrorsUrl } from "../../api/imports";
import { DataTable } from "../../components/data-table";
import { useFormat } from "../../i18n/format";

type RowError = z.infer<typeof importRowError>;
const column = createColumnHelper<RowError>();

/** The first rows of the per-row report, with the whole of it as CSV or Excel. */
export function RunErrorsTable({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns = useMemo(
    () => [
      column.accessor("row", {
        header: t("imports.errorColumns.row"),
        cell: (c) => f.number(c.getValue()),
        meta: { align: "right", width: 70, nowrap: true },
      }),
      column.accessor("column", {
        header: t("imports.errorColumns.column"),
        cell: (c) => c.getValue() ?? "—",
        meta: { minWidth: 110, nowrap: true },
      }),
      column.accessor("code", {
        header: t("imports.errorColumns.code"),
        cell: (c) => (
          <Badge size="sm" variant="light" color="red" style={{ textTransform: "none" }}>
            {c.getValue()}
          </Badge>
        ),
        meta: { width: 150 },
      }),
      column.accessor("message", { header: t("imports.errorColumns.message"), meta: { minWidth: 260 } }),
      column.accessor("value", {
        header: t("imports.errorColumns.value"),
        cell: (c) => (
          <Text size="sm" ff="monospace" style={{ wordBreak: "break-all" }}>
            {c.getValue() ?? "—"}
          </Text>
        ),
        meta: { minWidth: 120 },
      }),
    ],
    [t, f],
  );
  if (run.errorCount === 0) return null;

  return (
    <Paper withBorder p="sm" data-testid="import-errors">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={4} fz="md">
          {t("imports.errorsTitle", { count: run.errorCount, value: f.number(run.errorCount) })}
        </Title>
        <Group gap="md">
          <Anchor href={importErrorsUrl(run.id, "csv")} download size="sm" data-testid="import-errors-csv">
            <Group gap={4} wrap="nowrap">
              <IconDownload size={16} />
              {t("imports.errorsDownloadCsv")}
            </Group>
          </Anchor>
          <Anchor href={importErrorsUrl(run.id, "xlsx")} download size="sm" data-testid="import-errors-xlsx">
            <Group gap={4} wrap="nowrap">
              <IconDownload size={16} />
              {t("imports.errorsDownloadXlsx")}
            </Group>
          </Anchor>
        </Group>
      </Group>
      <DataTable
        data={run.errors}
        columns={columns}
        getRowId={(e) => `${e.row}:${e.column ?? ""}:${e.code}`}
        emptyText={t("imports.noErrors")}
        testId="import-errors-table"
        rowTestId="import-error-row"
        minWidth={760}
      />
      {run.errorCount > run.errors.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t("imports.errorsMore", { shown: f.number(run.errors.length), total: f.number(run.errorCount) })}
        </Text>
      )}
    </Paper>
  );
}
