import { Select, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Deal } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { accountKeys, fetchAccount } from "../../api/accounts";
import { DateOnlyInput } from "../../components/date-only-input";
import { MoneyInput } from "../../components/money-input";
import { useLocalizedName } from "../../i18n/use-lang";
import type { GateField } from "./gate-model";

type Common = { error?: string | null; required?: boolean };

/** One missing deal field, with the input that suits it (pick lists over free text). */
export function GateFieldInput({
  field,
  deal,
  value,
  onChange,
  error,
}: Common & {
  field: GateField;
  deal: Deal;
  value: string | number | null | undefined;
  onChange: (value: string | number | null) => void;
}) {
  const { t } = useTranslation();
  const label = t(`fields.${field}`);
  const common = { label, withAsterisk: true, error, "data-testid": `gate-field-${field}` };
  switch (field) {
    case "amount":
      return (
        <MoneyInput {...common} value={value ?? ""} onChange={(v) => onChange(v === "" ? null : Number(v))} />
      );
    case "expectedCloseDate":
    case "nextMeetingDate":
      return (
        <DateOnlyInput
          {...common}
          value={typeof value === "string" ? value : null}
          onChange={(v) => onChange(v)}
          popoverProps={{ withinPortal: true }}
        />
      );
    case "decisionMakerId":
      return <DecisionMakerSelect {...common} deal={deal} value={value} onChange={onChange} />;
    case "minutesUrl":
      return (
        <TextInput
          {...common}
          type="url"
          placeholder="https://"
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case "nextMeetingPurpose":
    case "bantBudget":
    case "bantAuthority":
    case "bantNeed":
    case "bantTiming":
      return (
        <TextInput
          {...common}
          placeholder={field === "nextMeetingPurpose" ? t("deal.purposePlaceholder") : undefined}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}

function DecisionMakerSelect({
  deal,
  value,
  onChange,
  ...common
}: {
  deal: Deal;
  value: string | number | null | undefined;
  onChange: (value: string | null) => void;
  label: string;
  withAsterisk: boolean;
  error?: string | null;
  "data-testid": string;
}) {
  const { t } = useTranslation();
  const account = useQuery({
    queryKey: accountKeys.detail(deal.accountId ?? "none"),
    queryFn: ({ signal }) => fetchAccount(deal.accountId ?? "", signal),
    enabled: deal.accountId !== null,
    staleTime: 60_000,
  });
  const contacts = (account.data?.contacts ?? []).map((c) => ({
    value: c.id,
    label: [c.name, c.title, c.decisionRole ? t(`decisionRole.${c.decisionRole}`) : null]
      .filter(Boolean)
      .join(" / "),
  }));
  return (
    <Select
      {...common}
      data={contacts}
      value={typeof value === "string" ? value : null}
      onChange={onChange}
      placeholder={deal.accountId ? t("deal.chooseContact") : t("deal.noAccount")}
      description={deal.accountId ? undefined : t("gate.noAccountHint")}
      disabled={!deal.accountId}
      searchable
      clearable
      nothingFoundMessage={t("deal.noContacts")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** One required evidence item: a URL, a text or a date. */
export function EvidenceInput({
  item,
  value,
  onChange,
  error,
}: Common & {
  item: Stage["requiredEvidence"][number];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const common = {
    label: localized(item.label, item.labelEn),
    withAsterisk: true,
    error,
    "data-testid": `gate-evidence-${item.key}`,
  };
  switch (item.type) {
    case "url":
      return (
        <TextInput
          {...common}
          type="url"
          placeholder="https://"
          description={t("gate.evidenceUrlHint")}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case "date":
      return (
        <DateOnlyInput
          {...common}
          value={value || null}
          onChange={(v) => onChange(v ?? "")}
          popoverProps={{ withinPortal: true }}
        />
      );
    case "text":
      return <TextInput {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
