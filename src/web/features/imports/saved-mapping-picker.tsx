import { ActionIcon, Group, Select, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { SavedMapping } from "../../../contract/imports";
import type { ImportKind } from "../../api/imports";
import { useDeleteMapping, useSavedMappings } from "./use-imports";

/** The mappings saved for this kind of import; picking one applies it after the preview. */
export function SavedMappingPicker({
  kind,
  value,
  onChange,
}: {
  kind: ImportKind;
  value: string | null;
  onChange: (saved: SavedMapping | null) => void;
}) {
  const { t } = useTranslation();
  const mappings = useSavedMappings(kind);
  const remove = useDeleteMapping(kind);
  const list = mappings.data ?? [];
  const options = list.map((m) => ({
    value: m.id,
    label: `${m.name} (${t(`imports.presets.${m.preset}`)})`,
  }));

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t("imports.savedMapping")}
        description={t("imports.savedMappingHint")}
        placeholder={list.length === 0 ? t("imports.noSavedMappings") : t("imports.savedMappingNone")}
        data={options}
        value={value}
        onChange={(id) => onChange(list.find((m) => m.id === id) ?? null)}
        disabled={list.length === 0}
        clearable
        comboboxProps={{ withinPortal: true }}
        style={{ flex: 1 }}
        data-testid="import-saved-mapping"
      />
      {value && (
        <Tooltip label={t("imports.deleteMapping")}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={2}
            loading={remove.isPending}
            aria-label={t("imports.deleteMapping")}
            onClick={() =>
              remove.mutate(value, {
                onSuccess: () => {
                  onChange(null);
                  notifications.show({ color: "teal", message: t("imports.mappingDeleted") });
                },
              })
            }
            data-testid="import-saved-mapping-delete"
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
