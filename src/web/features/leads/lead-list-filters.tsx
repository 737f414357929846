import { Button, Group, Select, Switch, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch, IconX } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { OwnerSelect } from "../directory/pickers";
import { leadStatuses, usePickLabels } from "./lead-labels";

export type LeadFilterValues = {
  /** A lead status, or "open" for every lead still to work. */
  status?: string;
  ownerId?: string;
  channel?: string;
  /** "true": only the leads past their SLA. */
  sla?: string;
  q?: string;
};

type Patch = Partial<Record<keyof LeadFilterValues, string | null>>;

export function LeadListFilters({
  values,
  onChange,
}: {
  values: LeadFilterValues;
  onChange: (patch: Patch) => void;
}) {
  const { t } = useTranslation();
  const { channelOptions } = usePickLabels();
  const [q, setQ] = useState(values.q ?? "");
  useEffect(() => setQ(values.q ?? ""), [values.q]);
  const commitQ = useDebouncedCallback((value: string) => onChange({ q: value }), 300);
  const any = Object.values(values).some(Boolean);
  const statusOptions = [
    { value: "open", label: t("leads.filters.open") },
    ...leadStatuses.map((s) => ({ value: s, label: t(`leads.status.${s}`) })),
  ];

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t("common.search")}
        placeholder={t("leads.filters.searchPlaceholder")}
        leftSection={<IconSearch size={15} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          commitQ(e.currentTarget.value);
        }}
        w={240}
        data-testid="leads-search"
      />
      <Select
        label={t("leads.fields.status")}
        placeholder={t("filters.allStatuses")}
        data={statusOptions}
        value={values.status ?? null}
        onChange={(status) => onChange({ status })}
        clearable
        w={170}
        data-testid="leads-status-select"
      />
      <Select
        label={t("leads.fields.channel")}
        placeholder={t("leads.filters.allChannels")}
        data={channelOptions}
        value={values.channel ?? null}
        onChange={(channel) => onChange({ channel })}
        clearable
        w={200}
        data-testid="leads-channel-select"
      />
      <OwnerSelect
        value={values.ownerId ?? null}
        onChange={(ownerId) => onChange({ ownerId })}
        w={170}
        data-testid="leads-owner-select"
      />
      <Switch
        label={t("leads.filters.slaBreachedOnly")}
        checked={values.sla === "true"}
        onChange={(e) => onChange({ sla: e.currentTarget.checked ? "true" : null })}
        color="red"
        mb={8}
        data-testid="leads-sla-only"
      />
      {any && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} />}
          onClick={() => onChange({ status: null, ownerId: null, channel: null, sla: null, q: null })}
        >
          {t("filters.clear")}
        </Button>
      )}
    </Group>
  );
}
