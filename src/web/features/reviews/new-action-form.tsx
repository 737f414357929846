import { Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { IconInfoCircle, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Review } from "../../api/reviews";
import { DateOnlyInput } from "../../components/date-only-input";
import { useLocalizedName } from "../../i18n/use-lang";
import { OwnerSelect } from "../directory/pickers";
import { useKpiDefinitions } from "../kpis/use-kpi-definitions";
import { useAddAction } from "./use-reviews";

/** The owners an action may go to: the sheet's team (with its sub-teams), its person, or anyone. */
function ownerTeam(scope: string): string | null {
  return scope.startsWith("team:") ? scope.slice(5) : null;
}

/** 今回のアクション: what, who, by when, and the KPI it should move; each becomes the owner's task. */
export function NewActionForm({ review }: { review: Review }) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const kpis = useKpiDefinitions();
  const add = useAddAction(review.id);
  const defaultOwner = review.scope.startsWith("user:") ? review.scope.slice(5) : null;
  const [text, setText] = useState("");
  const [ownerId, setOwnerId] = useState<string | null>(defaultOwner);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [kpiKey, setKpiKey] = useState<string | null>(null);
  const ready = text.trim().length > 0 && ownerId !== null;
  const submit = () => {
    if (!ready || !ownerId) return;
    add.mutate(
      { text: text.trim(), ownerId, dueDate, kpiKey },
      {
        onSuccess: () => {
          setText("");
          setDueDate(null);
          setKpiKey(null);
        },
      },
    );
  };
  return (
    <Stack gap="xs" className="no-print" data-testid="new-action-form">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t("reviews.actions.what")}
          placeholder={t("reviews.actions.whatPlaceholder")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => e.key === "Enter" && submit()}
          maxLength={500}
          style={{ flex: 2, minWidth: 260 }}
          data-testid="new-action-text"
        />
        <OwnerSelect
          teamId={ownerTeam(review.scope)}
          value={ownerId}
          onChange={setOwnerId}
          placeholder={t("reviews.actions.pickOwner")}
          clearable={false}
          w={200}
          comboboxProps={{ withinPortal: true }}
          data-testid="new-action-owner"
        />
        <DateOnlyInput
          label={t("reviews.actions.due")}
          value={dueDate}
          onChange={(value) => setDueDate(value ? String(value).slice(0, 10) : null)}
          clearable
          w={160}
          data-testid="new-action-due"
        />
        <Select
          label={t("reviews.actions.kpi")}
          placeholder={t("reviews.actions.noKpi")}
          data={kpis.list.map((k) => ({ value: k.key, label: localized(k.name, k.nameEn) }))}
          value={kpiKey}
          onChange={setKpiKey}
          clearable
          searchable
          nothingFoundMessage={t("common.nothingFound")}
          w={200}
          comboboxProps={{ withinPortal: true }}
          data-testid="new-action-kpi"
        />
        <Button
          leftSection={<IconPlus size={16} />}
          disabled={!ready}
          loading={add.isPending}
          onClick={submit}
          data-testid="new-action-add"
        >
          {t("reviews.actions.add")}
        </Button>
      </Group>
      <Group gap={4}>
        <IconInfoCircle size={14} color="var(--mantine-color-dimmed)" />
        <Text size="xs" c="dimmed">
          {t("reviews.actions.becomesTask")}
        </Text>
      </Group>
    </Stack>
  );
}
