// @tanstack/react-table drawn with Mantine's Table. Sorting and paging happen on the server: the
// table only reports which column the user asked to sort by.
import { Center, Group, Loader, Table, Text, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type RowData,
  type SortingState,
  useReactTable,
} from "@tanstack/react-table";
import type { KeyboardEvent, MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import classes from "./data-table.module.css";

declare module "@tanstack/react-table" {
  interface ColumnMeta<TData extends RowData, TValue> {
    align?: "left" | "right" | "center";
    width?: number | string;
    minWidth?: number;
    /** Keep the cell on one line (dates, money). */
    nowrap?: boolean;
  }
}

/** "-amount" ⇄ [{ id: "amount", desc: true }] */
export function sortToState(sort: string | undefined): SortingState {
  if (!sort) return [];
  return sort.startsWith("-") ? [{ id: sort.slice(1), desc: true }] : [{ id: sort, desc: false }];
}

export function nextSort(current: string | undefined, column: string): string {
  if (current === column) return `-${column}`;
  return column;
}

type Props<T> = {
  data: T[];
  columns: ColumnDef<T, never>[] | ColumnDef<T>[];
  getRowId: (row: T) => string;
  sort?: string;
  onSortChange?: (sort: string) => void;
  onRowClick?: (row: T) => void;
  loading?: boolean;
  emptyText: string;
  testId?: string;
  rowTestId?: string;
  minWidth?: number;
};

export function DataTable<T>({
  data,
  columns,
  getRowId,
  sort,
  onSortChange,
  onRowClick,
  loading,
  emptyText,
  testId,
  rowTestId,
  minWidth = 900,
}: Props<T>) {
  const { t } = useTranslation();
  const table = useReactTable<T>({
    data,
    columns: columns as ColumnDef<T>[],
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    state: { sorting: sortToState(sort) },
  });

  const open = (row: T) => (event: MouseEvent | KeyboardEvent) => {
    // Links and buttons inside a row keep their own behaviour.
    if ((event.target as HTMLElement).closest("a,button")) return;
    if ("key" in event && event.key !== "Enter") return;
    onRowClick?.(row);
  };

  return (
    <Table.ScrollContainer minWidth={minWidth} type="native">
      <Table
        highlightOnHover={Boolean(onRowClick)}
        striped={false}
        className={classes.table}
        data-testid={testId}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const sortable = header.column.getCanSort() && Boolean(onSortChange);
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <Table.Th
                    key={header.id}
                    style={{ width: meta?.width, minWidth: meta?.minWidth, textAlign: meta?.align }}
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className={classes.th}
                  >
                    {sortable ? (
                      <UnstyledButton
                        className={classes.sortButton}
                        onClick={() => onSortChange?.(nextSort(sort, header.column.id))}
                        data-testid={`sort-${header.column.id}`}
                        title={t("table.sortBy")}
                      >
                        <Group
                          gap={4}
                          wrap="nowrap"
                          justify={meta?.align === "right" ? "flex-end" : "flex-start"}
                        >
                          <span>{label}</span>
                          {sorted === "asc" ? (
                            <IconArrowUp size={14} />
                          ) : sorted === "desc" ? (
                            <IconArrowDown size={14} />
                          ) : (
                            <IconSelector size={14} className={classes.sortIdle} />
                          )}
                        </Group>
                      </UnstyledButton>
                    ) : (
                      label
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr
              key={row.id}
              onClick={onRowClick ? open(row.original) : undefined}
              onKeyDown={onRowClick ? open(row.original) : undefined}
              tabIndex={onRowClick ? 0 : undefined}
              className={onRowClick ? classes.clickable : undefined}
              data-testid={rowTestId}
              data-row-id={row.id}
            >
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta;
                return (
                  <Table.Td
                    key={cell.id}
                    style={{ textAlign: meta?.align, whiteSpace: meta?.nowrap ? "nowrap" : undefined }}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
          {data.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Center py="xl">
                  {loading ? (
                    <Loader size="sm" />
                  ) : (
                    <Text c="dimmed" size="sm">
                      {emptyText}
                    </Text>
                  )}
                </Center>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
