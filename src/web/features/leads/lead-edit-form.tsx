import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Lead } from "../../api/leads";
import { useMe } from "../auth/use-me";
import { OwnerSelect } from "../directory/pickers";
import { type LeadFormValues, toFormValues, toPatch } from "./lead-form-values";
import { usePickLabels } from "./lead-labels";
import { useUpdateLead } from "./use-leads";

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** BANT and the contact details, saved with the version they were read at. */
export function LeadEditForm({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const me = useMe();
  const { channelOptions } = usePickLabels();
  const update = useUpdateLead(lead.id);
  const tooLong = (max: number) => (v: string) =>
    v.trim().length > max ? t("validation.tooLong", { max }) : null;
  const form = useForm<LeadFormValues>({
    initialValues: toFormValues(lead),
    validate: {
      companyName: (v) => (v.trim() === "" ? t("validation.required") : tooLong(200)(v)),
      contactName: tooLong(200),
      email: (v) => (v.trim() && !emailPattern.test(v.trim()) ? t("validation.email") : null),
      phone: tooLong(40),
      bantBudget: tooLong(500),
      bantAuthority: tooLong(500),
      bantNeed: tooLong(500),
      bantTiming: tooLong(500),
    },
  });
  // A newer version (a save, a status move, someone else's edit after a 409): the fields the user has
  // not touched take the new values, the ones being edited stay as typed.
  const loaded = useRef(toFormValues(lead));
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the lead's version only
  useEffect(() => {
    const next = toFormValues(lead);
    const current = form.getValues();
    const keys = Object.keys(next) as (keyof LeadFormValues)[];
    const merged = Object.fromEntries(
      keys.map((k) => [k, current[k] === loaded.current[k] ? next[k] : current[k]]),
    ) as LeadFormValues;
    loaded.current = next;
    form.setValues(merged);
  }, [lead.version]);

  const patch = toPatch(lead, form.values);
  const changed = Object.keys(patch).length > 1;
  const submit = form.onSubmit((values) => update.mutate(toPatch(lead, values)));
  const bant = (field: "bantBudget" | "bantAuthority" | "bantNeed" | "bantTiming") => (
    <Textarea
      label={t(`fields.${field}`)}
      placeholder={t(`leads.bantPlaceholders.${field}`)}
      autosize
      minRows={2}
      maxRows={5}
      data-testid={`lead-form-${field}`}
      {...form.getInputProps(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="lead-edit-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {bant("bantBudget")}
          {bant("bantAuthority")}
          {bant("bantNeed")}
          {bant("bantTiming")}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("leads.fields.companyName")}
            withAsterisk
            data-testid="lead-form-company"
            {...form.getInputProps("companyName")}
          />
          <TextInput
            label={t("leads.fields.contactName")}
            data-testid="lead-form-contact"
            {...form.getInputProps("contactName")}
          />
          <TextInput
            label={t("leads.fields.email")}
            type="email"
            data-testid="lead-form-email"
            {...form.getInputProps("email")}
          />
          <TextInput
            label={t("leads.fields.phone")}
            type="tel"
            data-testid="lead-form-phone"
            {...form.getInputProps("phone")}
          />
          <Select
            label={t("leads.fields.channel")}
            data={channelOptions}
            allowDeselect={false}
            data-testid="lead-form-channel"
            {...form.getInputProps("channel")}
          />
          {me.role !== "member" && (
            <OwnerSelect
              value={form.values.ownerId}
              onChange={(id) => form.setFieldValue("ownerId", id)}
              placeholder={t("leads.fields.owner")}
              label={t("leads.fields.owner")}
              clearable={false}
              data-testid="lead-form-owner"
            />
          )}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" disabled={!changed} onClick={() => form.setValues(toFormValues(lead))}>
            {t("leads.discard")}
          </Button>
          <Button type="submit" disabled={!changed} loading={update.isPending} data-testid="lead-form-save">
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
