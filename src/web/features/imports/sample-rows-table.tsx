import { Table, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ImportPreview } from "../../../contract/imports";

const cellStyle = {
  whiteSpace: "nowrap",
  maxWidth: 240,
  overflow: "hidden",
  textOverflow: "ellipsis",
} as const;

/** The first rows of the file as read with the chosen encoding: garbled text shows a wrong one. */
export function SampleRowsTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  // Headers may repeat in a file and rows have no id: positions name them.
  const { columns, rows } = useMemo(
    () => ({
      columns: preview.headers.map((header, index) => ({ id: `c${index}`, header, index })),
      rows: preview.sampleRows
        .slice(0, 5)
        .map((cells, index) => ({ id: `r${index}`, line: index + 2, cells })),
    }),
    [preview],
  );
  return (
    <Table.ScrollContainer minWidth={Math.max(480, columns.length * 120)} type="native">
      <Table
        withTableBorder
        withColumnBorders
        striped
        verticalSpacing={4}
        fz="xs"
        data-testid="import-sample-rows"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.id} style={{ whiteSpace: "nowrap" }}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td c="dimmed">{row.line}</Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.id} style={cellStyle}>
                  {row.cells[column.index] ?? ""}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns.length + 1}>
                <Text size="sm" c="dimmed" ta="center" py="sm">
                  {t("imports.sampleRowsEmpty")}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
