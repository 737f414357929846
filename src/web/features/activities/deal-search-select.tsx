import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDeals } from "../deals/use-deals";

type Option = { value: string; label: string };

/** Picks one of the caller's visible open deals by typing part of its or its account's name. */
export function DealSearchSelect({
  value,
  onChange,
  ...rest
}: Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Option | null>(null);
  const [q] = useDebouncedValue(search, 250);
  const deals = useDeals({
    q: q && q !== selected?.label ? q : undefined,
    status: "open",
    limit: 20,
    sort: "-updatedAt",
  });
  const options: Option[] = (deals.data?.items ?? []).map((d) => ({
    value: d.id,
    label: d.accountName ? `${d.name}（${d.accountName}）` : d.name,
  }));
  if (selected && !options.some((o) => o.value === selected.value)) options.unshift(selected);
  return (
    <Select
      label={t("activities.columns.deal")}
      placeholder={t("activities.log.dealPlaceholder")}
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
      nothingFoundMessage={deals.isFetching ? t("common.loading") : t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
