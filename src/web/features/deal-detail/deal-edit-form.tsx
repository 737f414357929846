import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconDeviceFloppy, IconExternalLink } from "@tabler/icons-react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Deal, DealDetail } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { forecastCategories } from "../../../domain/forecast/forecast-settings";
import { accountKeys, fetchAccount } from "../../api/accounts";
import { isApiError } from "../../api/client";
import { dealKeys } from "../../api/deals";
import { showError } from "../../api/query-client";
import { DateOnlyInput } from "../../components/date-only-input";
import { MoneyInput } from "../../components/money-input";
import { dealValidators } from "../deals/deal-validation";
import { DealConflictModal } from "./deal-conflict-modal";
import { type DealFormValues, hasChanges, toFormValues, toPatch } from "./deal-form-values";
import { useSaveDeal } from "./use-deal";

export function DealEditForm({ deal, stage }: { deal: DealDetail; stage: Stage | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveDeal(deal.id);
  const v = dealValidators(t);
  // The version the form was loaded from: a save carries it, so a stale form gets a 409.
  const [base, setBase] = useState<Deal>(deal);
  const [conflict, setConflict] = useState<{ message: string; current: Deal | null } | null>(null);

  const form = useForm<DealFormValues>({
    initialValues: toFormValues(deal),
    validate: {
      name: v.name,
      amount: v.amount,
      probability: v.probability,
      probabilityReason: (reason, values) =>
        stage &&
        Number(values.probability) !== stage.probability &&
        Number(values.probability) !== base.probability &&
        reason.trim() === ""
          ? t("validation.probabilityReason")
          : v.text(500)(reason),
      nextMeetingPurpose: v.text(500),
      minutesUrl: v.url,
    },
  });

  const load = (next: Deal) => {
    setBase(next);
    form.setInitialValues(toFormValues(next));
    form.setValues(toFormValues(next));
    form.resetDirty(toFormValues(next));
  };

  // Take newer data from the server unless the user is in the middle of an edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the server's version only
  useEffect(() => {
    if (deal.version !== base.version && !form.isDirty()) load(deal);
  }, [deal.version]);

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
  if (deal.decisionMakerId && !contacts.some((c) => c.value === deal.decisionMakerId)) {
    contacts.unshift({ value: deal.decisionMakerId, label: deal.decisionMakerName ?? "—" });
  }

  const submit = form.onSubmit((values) => {
    const patch = toPatch(values, base);
    if (!hasChanges(patch)) return;
    save.mutate(patch, {
      onSuccess: (saved) => load(saved),
      onError: (error) => {
        if (isApiError(error, "VERSION_CONFLICT")) {
          const current = (error.details as { current?: Deal } | undefined)?.current ?? null;
          setConflict({ message: error.message, current });
        } else showError(error);
      },
    });
  });

  const reload = () => {
    const current = conflict?.current;
    setConflict(null);
    if (current) {
      queryClient.setQueryData<DealDetail>(dealKeys.detail(deal.id), (old) =>
        old ? { ...old, ...current } : old,
      );
      load(current);
    }
    void queryClient.invalidateQueries({ queryKey: dealKeys.detail(deal.id) }).then(() => {
      const fresh = queryClient.getQueryData<DealDetail>(dealKeys.detail(deal.id));
      if (!current && fresh) load(fresh);
    });
  };

  const showReason = stage !== undefined && Number(form.values.probability) !== stage.probability;
  const dirty = form.isDirty();

  return (
    <>
      <form onSubmit={submit} noValidate data-testid="deal-form">
        <Stack gap="sm">
          <TextInput
            label={t("fields.name")}
            withAsterisk
            data-testid="deal-form-name"
            {...form.getInputProps("name")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
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
            />
          </SimpleGrid>
          {showReason && (
            <TextInput
              label={t("fields.probabilityReason")}
              placeholder={t("deal.reasonPlaceholder")}
              data-testid="deal-form-probability-reason"
              {...form.getInputProps("probabilityReason")}
            />
          )}
          <Select
            label={t("fields.forecastCategory")}
            description={t("deal.forecastCategoryHint")}
            data={[
              { value: "", label: t("deal.followStage") },
              ...forecastCategories.map((c) => ({ value: c, label: t(`forecast.category.${c}`) })),
            ]}
            allowDeselect={false}
            data-testid="deal-form-forecast-category"
            {...form.getInputProps("forecastCategory")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateOnlyInput
              label={t("fields.nextMeetingDate")}
              data-testid="deal-form-next-meeting-date"
              {...form.getInputProps("nextMeetingDate")}
            />
            <DateOnlyInput
              label={t("fields.expectedCloseDate")}
              data-testid="deal-form-close-date"
              {...form.getInputProps("expectedCloseDate")}
            />
          </SimpleGrid>
          <Textarea
            label={t("fields.nextMeetingPurpose")}
            placeholder={t("deal.purposePlaceholder")}
            autosize
            minRows={2}
            maxRows={5}
            data-testid="deal-form-next-meeting-purpose"
            {...form.getInputProps("nextMeetingPurpose")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t("fields.decisionMakerId")}
              placeholder={deal.accountId ? t("deal.chooseContact") : t("deal.noAccount")}
              data={contacts}
              clearable
              searchable
              disabled={!deal.accountId && contacts.length === 0}
              nothingFoundMessage={t("deal.noContacts")}
              data-testid="deal-form-decision-maker"
              {...form.getInputProps("decisionMakerId")}
            />
            <TextInput
              label={t("fields.minutesUrl")}
              placeholder="https://"
              type="url"
              data-testid="deal-form-minutes-url"
              rightSection={
                form.values.minutesUrl && !v.url(form.values.minutesUrl) ? (
                  <a
                    href={form.values.minutesUrl}
                    target="_blank"
                    rel="noreferrer"
                    aria-label={t("deal.openMinutes")}
                  >
                    <IconExternalLink size={16} />
                  </a>
                ) : null
              }
              {...form.getInputProps("minutesUrl")}
            />
          </SimpleGrid>
          <Group justify="space-between" mt="xs">
            <Text size="xs" c={dirty ? "orange.8" : "dimmed"} data-testid="deal-form-state">
              {dirty ? t("deal.unsaved") : t("deal.upToDate")}
            </Text>
            <Group gap="sm">
              <Button variant="default" disabled={!dirty} onClick={() => form.reset()}>
                {t("deal.discard")}
              </Button>
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} />}
                loading={save.isPending}
                disabled={!dirty}
                data-testid="deal-save"
              >
                {t("common.save")}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <DealConflictModal
        opened={conflict !== null}
        message={conflict?.message ?? ""}
        onReload={reload}
        onClose={() => setConflict(null)}
      />
    </>
  );
}
