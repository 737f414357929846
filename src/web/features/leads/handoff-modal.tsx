import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Deal } from "../../../contract/deals";
import type { Lead } from "../../api/leads";
import { DateOnlyInput } from "../../components/date-only-input";
import { MoneyInput } from "../../components/money-input";
import { useLocalizedName } from "../../i18n/use-lang";
import { type AmountValue, amountToApi, dealValidators, emptyToNull } from "../deals/deal-validation";
import { PipelineSelect } from "../directory/pickers";
import { defaultPipeline, usePipelines } from "../directory/use-directory";
import { useHandOff, useHandoffTargets } from "./use-leads";

type Values = {
  fsOwnerId: string | null;
  pipelineId: string | null;
  dealName: string;
  amount: AmountValue;
  expectedCloseDate: string | null;
  nextMeetingDate: string | null;
  note: string;
};

/** The FS reps first (the usual receivers), then everyone else who is active. */
function useFsOwnerOptions(enabled: boolean) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const targets = useHandoffTargets(enabled);
  return useMemo(() => {
    const people = targets.data ?? [];
    const item = (u: (typeof people)[number]) => ({ value: u.id, label: localized(u.name, u.nameEn) });
    const fs = people.filter((u) => u.function === "FS").map(item);
    const others = people.filter((u) => u.function !== "FS").map(item);
    return [
      { group: t("leads.handoff.groupFs"), items: fs },
      { group: t("leads.handoff.groupOthers"), items: others },
    ].filter((g) => g.items.length > 0);
  }, [targets.data, localized, t]);
}

/** トスアップ: the lead becomes a deal of the FS rep chosen, with what they need to know. */
export function HandoffModal({
  opened,
  onClose,
  lead,
  onHandedOff,
}: {
  opened: boolean;
  onClose: () => void;
  lead: Pick<Lead, "id" | "companyName">;
  onHandedOff: (deal: Deal) => void;
}) {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const handOff = useHandOff(lead.id);
  const fsOptions = useFsOwnerOptions(opened);
  const v = dealValidators(t);
  const initial = (): Values => ({
    fsOwnerId: null,
    pipelineId: defaultPipeline(pipelines.data)?.id ?? null,
    dealName: lead.companyName,
    amount: "",
    expectedCloseDate: null,
    nextMeetingDate: null,
    note: "",
  });
  const form = useForm<Values>({
    initialValues: initial(),
    validate: {
      fsOwnerId: (value) => (value ? null : t("leads.handoff.fsOwnerRequired")),
      dealName: v.name,
      amount: v.amount,
      note: v.text(4000),
    },
  });

  // A fresh form each time the dialog opens, named after the company.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.setValues(initial());
    form.resetDirty();
    handOff.reset();
  }, [opened, lead.id, pipelines.data]);

  const submit = form.onSubmit((values) => {
    if (!values.fsOwnerId) return;
    handOff.mutate(
      {
        fsOwnerId: values.fsOwnerId,
        pipelineId: values.pipelineId ?? undefined,
        dealName: values.dealName.trim(),
        amount: amountToApi(values.amount),
        expectedCloseDate: values.expectedCloseDate,
        nextMeetingDate: values.nextMeetingDate,
        note: emptyToNull(values.note),
      },
      {
        onSuccess: (deal) => {
          notifications.show({ color: "grape", message: t("leads.handoff.done", { deal: deal.name }) });
          onHandedOff(deal);
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t("leads.handoff.title")} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="handoff-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("leads.handoff.body", { company: lead.companyName })}
          </Text>
          {handOff.error && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="handoff-error">
              {handOff.error.message}
            </Alert>
          )}
          <Select
            label={t("leads.handoff.fsOwner")}
            placeholder={t("leads.handoff.fsOwnerPlaceholder")}
            data={fsOptions}
            searchable
            withAsterisk
            nothingFoundMessage={t("common.nothingFound")}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
            data-testid="handoff-fs-owner"
            {...form.getInputProps("fsOwnerId")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PipelineSelect
              value={form.values.pipelineId}
              onChange={(id) => form.setFieldValue("pipelineId", id)}
              data-testid="handoff-pipeline"
            />
            <TextInput
              label={t("leads.handoff.dealName")}
              withAsterisk
              data-testid="handoff-deal-name"
              {...form.getInputProps("dealName")}
            />
            <MoneyInput
              label={t("fields.amount")}
              data-testid="handoff-amount"
              {...form.getInputProps("amount")}
            />
            <DateOnlyInput
              label={t("fields.nextMeetingDate")}
              data-testid="handoff-next-meeting-date"
              {...form.getInputProps("nextMeetingDate")}
            />
            <DateOnlyInput
              label={t("fields.expectedCloseDate")}
              data-testid="handoff-close-date"
              {...form.getInputProps("expectedCloseDate")}
            />
          </SimpleGrid>
          <Textarea
            label={t("leads.handoff.note")}
            placeholder={t("leads.handoff.notePlaceholder")}
            autosize
            minRows={3}
            maxRows={8}
            data-testid="handoff-note"
            {...form.getInputProps("note")}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="grape" loading={handOff.isPending} data-testid="handoff-submit">
              {t("leads.handoff.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
