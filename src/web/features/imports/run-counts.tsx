import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportRun } from "../../../contract/imports";
import { useFormat } from "../../i18n/format";

const tiles = [
  { key: "created", color: "teal" },
  { key: "updated", color: "brand" },
  { key: "unchanged", color: "gray" },
  { key: "invalid", color: "red" },
] as const;

/** 新規 / 更新 / 変更なし / エラー of a run, with the number of rows read. */
export function RunCounts({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div data-testid="import-counts">
      <Text size="sm" c="dimmed" mb={6} data-testid="import-count-rows">
        {t("imports.rowsRead", { count: run.counts.rows, value: f.number(run.counts.rows) })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {tiles.map(({ key, color }) => {
          const value = run.counts[key];
          return (
            <Paper
              key={key}
              withBorder
              p="sm"
              style={{ borderTop: `3px solid var(--mantine-color-${color}-${value > 0 ? 6 : 2})` }}
              data-testid={`import-count-${key}`}
              data-value={value}
            >
              <Text size="xs" c="dimmed" fw={600}>
                {t(`imports.counts.${key}`)}
              </Text>
              <Text fz={24} fw={700} c={key === "invalid" && value > 0 ? "red.7" : undefined}>
                {f.number(value)}
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>
    </div>
  );
}
