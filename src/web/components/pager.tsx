import { Group, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Offset paging: "1–50 of 1,234" and page buttons. */
export function Pager({
  total,
  limit,
  offset,
  onOffsetChange,
  testId,
}: {
  total: number;
  limit: number;
  offset: number;
  onOffsetChange: (offset: number) => void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  const nf = new Intl.NumberFormat(i18n.language === "en" ? "en-US" : "ja-JP");
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <Group justify="space-between" mt="sm" data-testid={testId}>
      <Text size="sm" c="dimmed" data-testid={testId ? `${testId}-range` : undefined}>
        {t("table.range", { from: nf.format(from), to: nf.format(to), total: nf.format(total) })}
      </Text>
      {pages > 1 && (
        <Pagination
          size="sm"
          total={pages}
          value={page}
          onChange={(p) => onOffsetChange((p - 1) * limit)}
          getControlProps={(control) => ({
            "aria-label": t(`table.${control}`),
          })}
        />
      )}
    </Group>
  );
}
