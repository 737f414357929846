import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { accountKeys, fetchAccounts } from "../../api/accounts";
import { RemoteSearchSelect, type RemoteSearchSelectProps } from "../../components/remote-search-select";

function useAccountOptions(q: string | undefined) {
  const params = { q, limit: 20, sort: "name" as const };
  const accounts = useQuery({
    queryKey: accountKeys.list(params),
    queryFn: ({ signal }) => fetchAccounts(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options = (accounts.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  return { options, fetching: accounts.isFetching };
}

/** Picks an account by typing part of its name; the server does the searching. */
export function AccountSearchSelect(props: RemoteSearchSelectProps) {
  const { t } = useTranslation();
  return (
    <RemoteSearchSelect
      label={t("fields.account")}
      placeholder={t("dealCreate.accountPlaceholder")}
      useOptions={useAccountOptions}
      {...props}
    />
  );
}
