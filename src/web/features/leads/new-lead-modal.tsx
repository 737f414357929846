import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Lead } from "../../api/leads";
import { useLocalizedName } from "../../i18n/use-lang";
import { useMe } from "../auth/use-me";
import { useUsers } from "../directory/use-directory";
import { usePickLabels } from "./lead-labels";
import { useCreateLead } from "./use-leads";

type Values = {
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  channel: string | null;
  ownerId: string | null;
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const orNull = (v: string) => v.trim() || null;

/** The IS reps a manager may give a lead to (their teams' people, IS first). */
function useOwnerOptions() {
  const localized = useLocalizedName();
  const users = useUsers();
  return useMemo(() => {
    const active = (users.data ?? []).filter((u) => u.active);
    const is = active.filter((u) => u.function === "IS");
    return (is.length > 0 ? is : active).map((u) => ({ value: u.id, label: localized(u.name, u.nameEn) }));
  }, [users.data, localized]);
}

/** 新規リード: what a web form or a business card gives, typed in under a minute. */
export function NewLeadModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (lead: Lead) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const create = useCreateLead();
  const { channelOptions } = usePickLabels();
  const ownerOptions = useOwnerOptions();
  const manages = me.role !== "member";
  const initial = (): Values => ({
    companyName: "",
    contactName: "",
    email: "",
    phone: "",
    channel: channelOptions[0]?.value ?? null,
    ownerId: me.id,
  });
  const tooLong = (max: number) => (v: string) =>
    v.trim().length > max ? t("validation.tooLong", { max }) : null;
  const form = useForm<Values>({
    initialValues: initial(),
    validate: {
      companyName: (v) => (v.trim() === "" ? t("validation.required") : tooLong(200)(v)),
      contactName: tooLong(200),
      email: (v) => (v.trim() && !emailPattern.test(v.trim()) ? t("validation.email") : null),
      phone: tooLong(40),
      channel: (v) => (v ? null : t("validation.required")),
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.setValues(initial());
    form.resetDirty();
    create.reset();
  }, [opened, channelOptions.length]);

  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        companyName: values.companyName.trim(),
        contactName: orNull(values.contactName),
        email: orNull(values.email),
        phone: orNull(values.phone),
        channel: values.channel ?? "",
        ownerId: manages && values.ownerId ? values.ownerId : undefined,
      },
      { onSuccess: onCreated },
    );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t("leads.create.title")} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="new-lead-form">
        <Stack gap="sm">
          {create.error && (
            <Alert color="red" icon={<IconAlertCircle size={18} />}>
              {create.error.message}
            </Alert>
          )}
          <TextInput
            label={t("leads.fields.companyName")}
            placeholder={t("leads.create.companyPlaceholder")}
            withAsterisk
            data-autofocus
            data-testid="lead-create-company"
            {...form.getInputProps("companyName")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t("leads.fields.contactName")}
              placeholder={t("leads.create.contactPlaceholder")}
              data-testid="lead-create-contact"
              {...form.getInputProps("contactName")}
            />
            <Select
              label={t("leads.fields.channel")}
              data={channelOptions}
              withAsterisk
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="lead-create-channel"
              {...form.getInputProps("channel")}
            />
            <TextInput
              label={t("leads.fields.email")}
              type="email"
              placeholder="taro@example.co.jp"
              data-testid="lead-create-email"
              {...form.getInputProps("email")}
            />
            <TextInput
              label={t("leads.fields.phone")}
              type="tel"
              placeholder="03-1234-5678"
              data-testid="lead-create-phone"
              {...form.getInputProps("phone")}
            />
            {manages && (
              <Select
                label={t("leads.fields.owner")}
                data={
                  ownerOptions.some((o) => o.value === me.id)
                    ? ownerOptions
                    : [{ value: me.id, label: t("leads.create.me") }, ...ownerOptions]
                }
                searchable
                allowDeselect={false}
                nothingFoundMessage={t("common.nothingFound")}
                comboboxProps={{ withinPortal: true }}
                data-testid="lead-create-owner"
                {...form.getInputProps("ownerId")}
              />
            )}
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="lead-create-submit">
              {t("leads.create.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
