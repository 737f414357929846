import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { accountKeys, fetchAccounts } from "../../api/accounts";

type Option = { value: string; label: string };

/** Picks an account by typing part of its name; the server does the searching. */
export function AccountSearchSelect({
  value,
  onChange,
  initialOption,
  ...rest
}: Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange: (value: string | null) => void;
  initialOption?: Option | null;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Option | null>(initialOption ?? null);
  const [q] = useDebouncedValue(search, 250);
  const params = { q: q && q !== selected?.label ? q : undefined, limit: 20, sort: "name" as const };
  const accounts = useQuery({
    queryKey: accountKeys.list(params),
    queryFn: ({ signal }) => fetchAccounts(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options: Option[] = (accounts.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  if (selected && !options.some((o) => o.value === selected.value)) options.unshift(selected);

  return (
    <Select
      label={t("fields.account")}
      placeholder={t("dealCreate.accountPlaceholder")}
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
      nothingFoundMessage={accounts.isFetching ? t("common.loading") : t("common.nothingFound")}
      {...rest}
    />
  );
}
