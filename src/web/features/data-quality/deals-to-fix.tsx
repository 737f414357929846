import { Anchor, Badge, Group, Text } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { DataQuality } from "../../../contract/data-quality";
import { sevenFields } from "../../../domain/data-quality";
import { DataTable } from "../../components/data-table";
import { StaleBadge } from "../../components/stale-badge";
import { useFormat } from "../../i18n/format";
import { useOwnerName } from "../directory/use-owner-name";

type DealToFix = DataQuality["dealsToFix"][number];
type SevenField = (typeof sevenFields)[number];
const column = createColumnHelper<DealToFix>();
const isSevenField = (key: string): key is SevenField => (sevenFields as readonly string[]).includes(key);

/** Open deals with a gap in the seven fields or a stale flag, worst first, each a link to fix it. */
export function DealsToFix({ deals }: { deals: DealToFix[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const ownerName = useOwnerName();
  const columns = useMemo(
    () => [
      column.accessor("name", {
        header: t("fields.name"),
        cell: (c) => (
          <Anchor component={Link} to={`/deals/${c.row.original.id}`} size="sm" fw={600} c="dark.7">
            {c.getValue()}
          </Anchor>
        ),
        meta: { minWidth: 200 },
      }),
      column.accessor("ownerName", {
        header: t("fields.owner"),
        cell: (c) => ownerName(c.row.original.ownerId, c.getValue()),
        meta: { nowrap: true },
      }),
      column.accessor("missingFields", {
        header: t("quality.missingFields"),
        cell: (c) =>
          c.getValue().length === 0 ? (
            <Text size="xs" c="dimmed" span>
              —
            </Text>
          ) : (
            <Group gap={4}>
              {c.getValue().map((field) => (
                <Badge key={field} size="sm" variant="outline" color="red" data-testid="missing-field">
                  {isSevenField(field) ? t(`fields.${field}`) : field}
                </Badge>
              ))}
            </Group>
          ),
        meta: { minWidth: 220 },
      }),
      column.accessor("stale", {
        header: t("stale.column"),
        cell: (c) => <StaleBadge stale={c.getValue()} />,
        meta: { nowrap: true },
      }),
      column.accessor("updatedAt", {
        header: t("fields.updatedAt"),
        cell: (c) => (
          <Text size="xs" c="dimmed" span>
            {f.timestampShort(c.getValue())}
          </Text>
        ),
        meta: { nowrap: true },
      }),
    ],
    [t, f, ownerName],
  );
  return (
    <DataTable
      data={deals}
      columns={columns.map((c) => ({ ...c, enableSorting: false }))}
      getRowId={(d) => d.id}
      onRowClick={(d) => void navigate(`/deals/${d.id}`)}
      emptyText={t("quality.nothingToFix")}
      testId="deals-to-fix"
      rowTestId="deal-to-fix"
      minWidth={900}
    />
  );
}
