import { Select, type SelectProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Stage } from "../../../contract/directory";
import { useLocalizedName } from "../../i18n/use-lang";
import { teamTree, usePipelines, useTeams, useUsers } from "./use-directory";

type PickerProps = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

export function PipelineSelect({ value, onChange, ...rest }: PickerProps) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const { data } = usePipelines();
  const options = (data ?? []).map((p) => ({ value: p.id, label: localized(p.name, p.nameEn) }));
  return (
    <Select
      label={t("fields.pipeline")}
      data={options}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
}

export function TeamSelect({ value, onChange, ...rest }: PickerProps) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const { data } = useTeams();
  const tree = teamTree(data);
  const depth = new Map(tree.map((x) => [x.team.id, x.depth]));
  const options = tree.map(({ team }) => ({ value: team.id, label: localized(team.name, team.nameEn) }));
  return (
    <Select
      label={t("fields.team")}
      placeholder={t("filters.allTeams")}
      data={options}
      value={value}
      onChange={onChange}
      clearable
      searchable
      nothingFoundMessage={t("common.nothingFound")}
      renderOption={({ option }) => (
        <span style={{ paddingLeft: (depth.get(option.value) ?? 0) * 12 }}>{option.label}</span>
      )}
      {...rest}
    />
  );
}

export function OwnerSelect({ value, onChange, teamId, ...rest }: PickerProps & { teamId?: string | null }) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const { data } = useUsers(teamId);
  const options = (data ?? [])
    .filter((u) => u.active || u.id === value)
    .map((u) => ({ value: u.id, label: localized(u.name, u.nameEn) }));
  return (
    <Select
      label={t("fields.owner")}
      placeholder={t("filters.allOwners")}
      data={options}
      value={value}
      onChange={onChange}
      clearable
      searchable
      nothingFoundMessage={t("common.nothingFound")}
      {...rest}
    />
  );
}

export function StageSelect({ value, onChange, stages, ...rest }: PickerProps & { stages: Stage[] }) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const options = stages.map((s) => ({ value: s.id, label: localized(s.name, s.nameEn) }));
  return <Select label={t("fields.stage")} data={options} value={value} onChange={onChange} {...rest} />;
}
