import { Anchor, Badge, Text } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { DataQuality } from "../../../contract/data-quality";
import { DataTable } from "../../components/data-table";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { compareNullable, formatShare, shareColor } from "./quality-format";

type Person = DataQuality["people"][number];
const column = createColumnHelper<Person>();
const defaultSort = "fieldCompleteness";

function ShareBadge({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Badge variant="light" color={shareColor(value)} size="md" style={{ minWidth: 64 }}>
      {formatShare(value, f, t)}
    </Badge>
  );
}

/** One row per person, sortable by every figure; a name narrows the page to that person. */
export function QualityPeopleTable({
  people,
  sort = defaultSort,
  onSortChange,
  onPick,
}: {
  people: Person[];
  sort?: string;
  onSortChange: (sort: string | null) => void;
  /** Managers drill down into one person; absent for a member. */
  onPick?: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();

  const columns = useMemo(
    () => [
      column.accessor((p) => localized(p.name, p.nameEn), {
        id: "name",
        header: t("quality.person"),
        cell: (c) =>
          onPick ? (
            <Anchor
              component="button"
              type="button"
              size="sm"
              fw={600}
              onClick={() => onPick(c.row.original.userId)}
            >
              {c.getValue()}
            </Anchor>
          ) : (
            <Text size="sm" fw={600} span>
              {c.getValue()}
            </Text>
          ),
        meta: { minWidth: 140 },
      }),
      column.accessor("openDeals", {
        header: t("quality.openDeals"),
        cell: (c) => f.number(c.getValue()),
        meta: { align: "right", nowrap: true },
      }),
      column.accessor("fieldCompleteness", {
        header: t("quality.fieldCompleteness"),
        cell: (c) => <ShareBadge value={c.getValue()} />,
        meta: { align: "right", nowrap: true },
      }),
      column.accessor("updatedWithinThreshold", {
        header: t("quality.updatedWithinThreshold"),
        cell: (c) => <ShareBadge value={c.getValue()} />,
        meta: { align: "right", nowrap: true },
      }),
      column.accessor("staleDeals", {
        header: t("quality.staleDeals"),
        cell: (c) => (
          <Text
            size="sm"
            span
            c={c.getValue() > 0 ? "orange.8" : undefined}
            fw={c.getValue() > 0 ? 600 : undefined}
          >
            {f.number(c.getValue())}
          </Text>
        ),
        meta: { align: "right", nowrap: true },
      }),
      column.accessor("stageChanges", {
        header: t("quality.stageChanges"),
        cell: (c) => f.number(c.getValue()),
        meta: { align: "right", nowrap: true },
      }),
      column.accessor("evidenceCoverage", {
        header: t("quality.evidenceCoverage"),
        cell: (c) => <ShareBadge value={c.getValue()} />,
        meta: { align: "right", nowrap: true },
      }),
      column.accessor("overrides", {
        header: t("quality.overrides"),
        cell: (c) => (
          <Text
            size="sm"
            span
            c={c.getValue() > 0 ? "red.7" : undefined}
            fw={c.getValue() > 0 ? 600 : undefined}
          >
            {f.number(c.getValue())}
          </Text>
        ),
        meta: { align: "right", nowrap: true },
      }),
    ],
    [t, f, localized, onPick],
  );

  const sorted = useMemo(() => {
    const desc = sort.startsWith("-");
    const key = (desc ? sort.slice(1) : sort) as keyof Person | "name";
    const value = (p: Person) => (key === "name" ? localized(p.name, p.nameEn) : (p[key] as number | null));
    return [...people].sort((a, b) => compareNullable(value(a), value(b), desc));
  }, [people, sort, localized]);

  return (
    <DataTable
      data={sorted}
      columns={columns}
      getRowId={(p) => p.userId}
      sort={sort}
      onSortChange={(s) => onSortChange(s === defaultSort ? null : s)}
      emptyText={t("quality.noPeople")}
      testId="quality-people"
      rowTestId="quality-person"
      minWidth={980}
    />
  );
}
