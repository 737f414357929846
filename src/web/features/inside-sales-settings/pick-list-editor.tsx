import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { SettingsFormValues } from "./settings-form";

type ListField = "channels" | "disqualifyReasons";

/** Rows of key + Japanese label + English label; a saved key stays as it is (records carry it). */
export function PickListEditor({
  form,
  field,
  testId,
}: {
  form: UseFormReturnType<SettingsFormValues>;
  field: ListField;
  testId: string;
}) {
  const { t } = useTranslation();
  const rows = form.values[field];
  const listError = form.errors[field];
  return (
    <Stack gap="xs" data-testid={testId}>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t("insideSalesSettings.pickList.key")}</Table.Th>
            <Table.Th>{t("insideSalesSettings.pickList.label")}</Table.Th>
            <Table.Th>{t("insideSalesSettings.pickList.labelEn")}</Table.Th>
            <Table.Th w={44} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => {
            const saved = row.saved;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position
              <Table.Tr key={i} data-testid={`${testId}-row`}>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={t("insideSalesSettings.pickList.key")}
                    placeholder="inbound_web"
                    readOnly={saved}
                    variant={saved ? "filled" : "default"}
                    title={saved ? t("insideSalesSettings.pickList.keyLocked") : undefined}
                    {...form.getInputProps(`${field}.${i}.key`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={t("insideSalesSettings.pickList.label")}
                    {...form.getInputProps(`${field}.${i}.label`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={t("insideSalesSettings.pickList.labelEn")}
                    {...form.getInputProps(`${field}.${i}.labelEn`)}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    disabled={rows.length <= 1}
                    onClick={() => form.removeListItem(field, i)}
                    aria-label={t("insideSalesSettings.pickList.remove")}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {typeof listError === "string" && (
        <Text size="xs" c="red">
          {listError}
        </Text>
      )}
      <Group justify="space-between">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={rows.length >= 40}
          onClick={() => form.insertListItem(field, { key: "", label: "", labelEn: "", saved: false })}
          data-testid={`${testId}-add`}
        >
          {t("insideSalesSettings.pickList.add")}
        </Button>
        <Text size="xs" c="dimmed">
          {t("insideSalesSettings.pickList.keyHint")}
        </Text>
      </Group>
    </Stack>
  );
}
