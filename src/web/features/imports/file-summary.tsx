import { Badge, Group, Loader, Paper, Select, Text } from "@mantine/core";
import { IconFile } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ImportPreview } from "../../../contract/imports";
import type { ImportEncoding } from "../../api/imports";

const encodings: ImportEncoding[] = ["utf-8", "shift_jis"];

/** The file being mapped: its name, format and (for CSV) the encoding, which the user may override. */
export function FileSummary({
  fileName,
  preview,
  onEncodingChange,
  reloading,
}: {
  fileName: string;
  preview: ImportPreview;
  onEncodingChange: (encoding: ImportEncoding) => void;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  const csv = preview.fileFormat === "csv";
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <IconFile size={20} stroke={1.6} />
          <Text fw={600} size="sm" truncate data-testid="import-file-name">
            {fileName}
          </Text>
          <Badge variant="light" color="gray">
            {t(`imports.formats.${preview.fileFormat}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t("imports.columnCount", { count: preview.headers.length })}
          </Text>
        </Group>
        {csv && (
          <Group gap="sm" wrap="nowrap">
            {reloading && <Loader size="xs" />}
            <Badge variant="light" color="brand" data-testid="import-detected-encoding">
              {t("imports.detectedEncoding", {
                encoding: t(`imports.encodings.${preview.detectedEncoding}`),
              })}
            </Badge>
            <Text size="sm" c="dimmed">
              {t("imports.encoding")}
            </Text>
            <Select
              size="xs"
              w={130}
              aria-label={t("imports.encoding")}
              data={encodings.map((e) => ({ value: e, label: t(`imports.encodings.${e}`) }))}
              value={preview.encoding}
              onChange={(e) => e && onEncodingChange(e as ImportEncoding)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="import-encoding"
            />
          </Group>
        )}
      </Group>
    </Paper>
  );
}
