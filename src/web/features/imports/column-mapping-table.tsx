import { Badge, Group, Select, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportPreview } from "../../../contract/imports";
import type { FieldType } from "../../../domain/imports/import-fields";
import { useLocalizedName } from "../../i18n/use-lang";

/** One row per field of the kind: its name, whether it is required, and the file's column that fills it. */
export function ColumnMappingTable({
  preview,
  columns,
  onChange,
}: {
  preview: ImportPreview;
  columns: Record<string, string | null>;
  onChange: (field: string, header: string | null) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const headerOptions = preview.headers.map((h) => ({ value: h, label: h }));
  const sampleOf = (header: string | null | undefined) => {
    if (!header) return null;
    const index = preview.headers.indexOf(header);
    const value = preview.sampleRows.find((row) => (row[index] ?? "") !== "")?.[index];
    return index === -1 ? null : (value ?? null);
  };

  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing={6} data-testid="import-columns-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="32%">{t("imports.field")}</Table.Th>
            <Table.Th w="36%">{t("imports.fileColumn")}</Table.Th>
            <Table.Th>{t("imports.sample")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.fields.map((field) => {
            const header = columns[field.key] ?? null;
            const missing = field.required && !header;
            const sample = sampleOf(header);
            return (
              <Table.Tr key={field.key} data-testid={`import-field-${field.key}`}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={field.required ? 600 : 400}>
                      {localized(field.ja, field.en)}
                    </Text>
                    {field.required && (
                      <Badge size="xs" variant="light" color={missing ? "red" : "brand"}>
                        {t("imports.required")}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t(`imports.fieldTypes.${field.type as FieldType}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={localized(field.ja, field.en)}
                    placeholder={t("imports.notRead")}
                    data={headerOptions}
                    value={header}
                    onChange={(value) => onChange(field.key, value)}
                    clearable
                    searchable
                    error={missing}
                    nothingFoundMessage={t("common.nothingFound")}
                    comboboxProps={{ withinPortal: true }}
                    data-testid={`import-column-${field.key}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Text
                    size="xs"
                    c={sample ? undefined : "dimmed"}
                    lineClamp={1}
                    style={{ wordBreak: "break-all" }}
                  >
                    {sample ?? "—"}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
