import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

export type Option = { value: string; label: string };
/** A hook that finds the options for what was typed (undefined: nothing typed yet). */
export type UseOptions = (query: string | undefined) => { options: Option[]; fetching: boolean };

export type RemoteSearchSelectProps = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange: (value: string | null) => void;
  initialOption?: Option | null;
};

/** A select whose options the server finds as the person types; the chosen one stays listed. */
export function RemoteSearchSelect({
  value,
  onChange,
  initialOption,
  useOptions,
  ...rest
}: RemoteSearchSelectProps & { useOptions: UseOptions }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Option | null>(initialOption ?? null);
  const [q] = useDebouncedValue(search, 250);
  const found = useOptions(q && q !== selected?.label ? q : undefined);
  const options =
    selected && !found.options.some((o) => o.value === selected.value)
      ? [selected, ...found.options]
      : found.options;
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value}
      onChange={(id, option) => {
        setSelected(id ? { value: id, label: option.label } : null);
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.fetching ? t("common.loading") : t("common.nothingFound")}
      {...rest}
    />
  );
}
