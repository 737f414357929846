import { Alert, Button, Group, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportMapping, SavedMapping } from "../../../contract/imports";
import type { ImportKind, ImportPreset } from "../../api/imports";
import { useSaveMapping } from "./use-imports";

/** Keeps the current columns (and stage / owner answers) under a name, to pick in a later import. */
export function SaveMappingForm({
  kind,
  preset,
  mapping,
  onSaved,
}: {
  kind: ImportKind;
  preset: ImportPreset;
  mapping: ImportMapping;
  onSaved: (saved: SavedMapping) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const save = useSaveMapping();
  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    save.mutate(
      { name: trimmed, kind, preset, mapping },
      {
        onSuccess: (saved) => {
          setName("");
          onSaved(saved);
          notifications.show({ color: "teal", message: t("imports.mappingSaved", { name: saved.name }) });
        },
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="import-save-mapping"
    >
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t("imports.saveMapping")}
          placeholder={t("imports.mappingNamePlaceholder")}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          maxLength={100}
          style={{ flex: 1, maxWidth: 420 }}
          data-testid="import-mapping-name"
        />
        <Button
          type="submit"
          variant="default"
          leftSection={<IconDeviceFloppy size={16} />}
          disabled={!name.trim()}
          loading={save.isPending}
          data-testid="import-mapping-save"
        >
          {t("common.save")}
        </Button>
      </Group>
      {save.error && (
        <Alert color="red" mt="xs">
          {save.error.message}
        </Alert>
      )}
    </form>
  );
}
