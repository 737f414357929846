import { Button, Grid, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Deal } from "../../../contract/deals";
import type { Pipeline } from "../../../contract/directory";
import { DateOnlyInput } from "../../components/date-only-input";
import { MoneyInput } from "../../components/money-input";
import { AccountSearchSelect } from "../accounts/account-search-select";
import { type AmountValue, amountToApi, dealValidators, emptyToNull } from "../deals/deal-validation";
import { StageSelect } from "../directory/pickers";
import { sortedStages } from "../directory/use-directory";
import { useCreateDeal } from "./use-create-deal";

type Values = {
  name: string;
  accountId: string | null;
  amount: AmountValue;
  stageId: string | null;
  probability: number | string;
  probabilityReason: string;
  expectedCloseDate: string | null;
  nextMeetingDate: string | null;
  nextMeetingPurpose: string;
};

/** Quick entry: what a rep knows after a first call, in under a minute. */
export function NewDealModal({
  opened,
  onClose,
  pipeline,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  pipeline: Pipeline;
  onCreated?: (deal: Deal) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateDeal();
  const stages = useMemo(() => sortedStages(pipeline).filter((s) => s.kind === "open"), [pipeline]);
  const first = stages[0];
  const v = dealValidators(t);
  const [probabilityTouched, setProbabilityTouched] = useState(false);

  const form = useForm<Values>({
    initialValues: {
      name: "",
      accountId: null,
      amount: "",
      stageId: first?.id ?? null,
      probability: first?.probability ?? 0,
      probabilityReason: "",
      expectedCloseDate: null,
      nextMeetingDate: null,
      nextMeetingPurpose: "",
    },
    validate: {
      name: v.name,
      amount: v.amount,
      stageId: (s) => (s ? null : t("validation.required")),
      probability: v.probability,
      probabilityReason: (reason, values) =>
        probabilityDiffers(values) && reason.trim() === ""
          ? t("validation.probabilityReason")
          : v.text(500)(reason),
      nextMeetingPurpose: v.text(500),
    },
  });

  const stageOf = (id: string | null) => stages.find((s) => s.id === id);
  const probabilityDiffers = (values: Values) => {
    const stage = stageOf(values.stageId);
    return stage !== undefined && Number(values.probability) !== stage.probability;
  };

  // A fresh form each time the dialog opens, starting at the pipeline's first stage.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.setInitialValues({
      ...form.getInitialValues(),
      stageId: first?.id ?? null,
      probability: first?.probability ?? 0,
    });
    form.reset();
    setProbabilityTouched(false);
  }, [opened, first?.id]);

  const submit = form.onSubmit((values) => {
    const stage = stageOf(values.stageId);
    const differs = probabilityDiffers(values);
    create.mutate(
      {
        name: values.name.trim(),
        pipelineId: pipeline.id,
        stageId: values.stageId ?? undefined,
        accountId: values.accountId,
        amount: amountToApi(values.amount),
        probability: differs ? Number(values.probability) : stage?.probability,
        probabilityReason: differs ? emptyToNull(values.probabilityReason) : null,
        expectedCloseDate: values.expectedCloseDate,
        nextMeetingDate: values.nextMeetingDate,
        nextMeetingPurpose: emptyToNull(values.nextMeetingPurpose),
      },
      {
        onSuccess: (deal) => {
          onCreated?.(deal);
          onClose();
        },
      },
    );
  });

  const stage = stageOf(form.values.stageId);

  return (
    <Modal opened={opened} onClose={onClose} title={t("dealCreate.title")} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="new-deal-form">
        <Stack gap="sm">
          <TextInput
            label={t("fields.name")}
            placeholder={t("dealCreate.namePlaceholder")}
            withAsterisk
            data-autofocus
            data-testid="deal-form-name"
            {...form.getInputProps("name")}
          />
          <AccountSearchSelect
            value={form.values.accountId}
            onChange={(id) => form.setFieldValue("accountId", id)}
            data-testid="deal-form-account"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <StageSelect
              stages={stages}
              value={form.values.stageId}
              onChange={(id) => {
                form.setFieldValue("stageId", id);
                const next = stageOf(id);
                if (next && !probabilityTouched) form.setFieldValue("probability", next.probability);
              }}
              allowDeselect={false}
              withAsterisk
              error={form.errors.stageId}
              data-testid="deal-form-stage"
            />
            <MoneyInput
              label={t("fields.amount")}
              data-testid="deal-form-amount"
              {...form.getInputProps("amount")}
            />
            <NumberInput
              label={t("fields.probability")}
              description={stage ? t("deal.stageDefault", { value: stage.probability }) : undefined}
              min={0}
              max={100}
              allowDecimal={false}
              suffix="%"
              data-testid="deal-form-probability"
              {...form.getInputProps("probability")}
              onChange={(value) => {
                setProbabilityTouched(true);
                form.setFieldValue("probability", value);
              }}
            />
            <DateOnlyInput
              label={t("fields.expectedCloseDate")}
              data-testid="deal-form-close-date"
              {...form.getInputProps("expectedCloseDate")}
            />
          </SimpleGrid>
          {probabilityDiffers(form.values) && (
            <TextInput
              label={t("fields.probabilityReason")}
              withAsterisk
              data-testid="deal-form-probability-reason"
              {...form.getInputProps("probabilityReason")}
            />
          )}
          <Grid gutter="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateOnlyInput
                label={t("fields.nextMeetingDate")}
                data-testid="deal-form-next-meeting-date"
                {...form.getInputProps("nextMeetingDate")}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label={t("fields.nextMeetingPurpose")}
                placeholder={t("deal.purposePlaceholder")}
                data-testid="deal-form-next-meeting-purpose"
                {...form.getInputProps("nextMeetingPurpose")}
              />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="new-deal-submit">
              {t("dealCreate.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
