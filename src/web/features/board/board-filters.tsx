import { Group, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { OwnerSelect, PipelineSelect, TeamSelect } from "../directory/pickers";

export type BoardFilterValues = {
  pipelineId: string | null;
  teamId: string | null;
  ownerId: string | null;
  q: string;
};

export function BoardFilters({
  values,
  onChange,
}: {
  values: BoardFilterValues;
  onChange: (patch: Partial<BoardFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(values.q);
  useEffect(() => setQ(values.q), [values.q]);
  const commitQ = useDebouncedCallback((value: string) => onChange({ q: value }), 300);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <PipelineSelect
        value={values.pipelineId}
        onChange={(pipelineId) => onChange({ pipelineId })}
        w={200}
        size="sm"
        data-testid="board-pipeline-select"
      />
      <TeamSelect
        value={values.teamId}
        onChange={(teamId) => onChange({ teamId, ownerId: null })}
        w={200}
        size="sm"
        data-testid="board-team-select"
      />
      <OwnerSelect
        value={values.ownerId}
        teamId={values.teamId}
        onChange={(ownerId) => onChange({ ownerId })}
        w={180}
        size="sm"
        data-testid="board-owner-select"
      />
      <TextInput
        label={t("common.search")}
        placeholder={t("board.searchPlaceholder")}
        leftSection={<IconSearch size={15} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          commitQ(e.currentTarget.value);
        }}
        w={240}
        size="sm"
        data-testid="board-search"
      />
    </Group>
  );
}
