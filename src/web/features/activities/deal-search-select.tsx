import { useTranslation } from "react-i18next";
import { RemoteSearchSelect, type RemoteSearchSelectProps } from "../../components/remote-search-select";
import { useDeals } from "../deals/use-deals";

function useOpenDealOptions(q: string | undefined) {
  const deals = useDeals({ q, status: "open", limit: 20, sort: "-updatedAt" });
  const options = (deals.data?.items ?? []).map((d) => ({
    value: d.id,
    label: d.accountName ? `${d.name}（${d.accountName}）` : d.name,
  }));
  return { options, fetching: deals.isFetching };
}

/** Picks one of the caller's visible open deals by typing part of its or its account's name. */
export function DealSearchSelect(props: RemoteSearchSelectProps) {
  const { t } = useTranslation();
  return (
    <RemoteSearchSelect
      label={t("activities.columns.deal")}
      placeholder={t("activities.log.dealPlaceholder")}
      useOptions={useOpenDealOptions}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
