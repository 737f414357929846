// The export button of a list or report page: the query the page already sends, as a file link. A
// plain link is enough: the session cookie authenticates the GET, and the browser streams the file.
import { Button, Menu } from "@mantine/core";
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText } from "@tabler/icons-react";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { QueryParams } from "../api/client";
import { toSearch } from "../api/client";
import { currentLang } from "../i18n/i18n";

export type ExportTable =
  | "kpis"
  | "activities"
  | "daily"
  | "funnel"
  | "rankings"
  | "stale"
  | "steps"
  | "volume"
  | "groups"
  | "people"
  | "dealsToFix";

export type ExportTarget = {
  /** Under /api/v1, e.g. "/deals/export". */
  path: string;
  params?: QueryParams;
  /** Shown above its items when a page offers several exports. */
  label?: string;
  /** A report of several tables: .xlsx holds them all, CSV one each. */
  tables?: ExportTable[];
};

/** The export's URL: the page's filters without its paging, the format, the UI's language. */
export function exportUrl(target: ExportTarget, format: "xlsx" | "csv", table?: ExportTable) {
  const { limit: _limit, offset: _offset, ...filters } = target.params ?? {};
  return `/api/v1${target.path}${toSearch({ ...filters, format, table, lang: currentLang() })}`;
}

export function ExportMenu({
  targets,
  testId = "export-menu",
}: {
  targets: ExportTarget[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const item = (href: string, label: string, icon: ReactNode, key: string) => (
    <Menu.Item
      key={key}
      component="a"
      href={href}
      download
      leftSection={icon}
      data-testid={`${testId}-${key}`}
    >
      {label}
    </Menu.Item>
  );
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={260}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          data-testid={testId}
        >
          {t("export.button")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("export.hint")}</Menu.Label>
        {targets.map((target, i) => (
          <Fragment key={target.path}>
            {i > 0 && <Menu.Divider />}
            {target.label && <Menu.Label>{target.label}</Menu.Label>}
            {item(
              exportUrl(target, "xlsx"),
              t("export.xlsx"),
              <IconFileSpreadsheet size={16} />,
              `${i}-xlsx`,
            )}
            {target.tables
              ? target.tables.map((table) =>
                  item(
                    exportUrl(target, "csv", table),
                    t("export.csvOf", { table: t(`export.tables.${table}`) }),
                    <IconFileText size={16} />,
                    `${i}-csv-${table}`,
                  ),
                )
              : item(exportUrl(target, "csv"), t("export.csv"), <IconFileText size={16} />, `${i}-csv`)}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
