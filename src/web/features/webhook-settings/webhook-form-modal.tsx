import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { webhookEvents } from "../../../contract/webhooks";
import type { Webhook, WebhookCreated } from "../../api/webhooks";
import { ShownOnceSecret } from "../../components/shown-once-secret";
import { useCreateWebhook, useUpdateWebhook } from "./use-webhooks";

type Event = (typeof webhookEvents)[number];
const isHttpUrl = (value: string) => {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Create (then the secret, once) or edit a webhook. */
export function WebhookFormModal({
  opened,
  editing,
  onClose,
}: {
  opened: boolean;
  editing: Webhook | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const update = useUpdateWebhook(editing?.id ?? "");
  const [url, setUrl] = useState(editing?.url ?? "");
  const [description, setDescription] = useState(editing?.description ?? "");
  const [events, setEvents] = useState<Event[]>(editing?.events ?? ["deal.won"]);
  const [format, setFormat] = useState<"json" | "slack">(editing?.format ?? "json");
  const [active, setActive] = useState(editing?.active ?? true);
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState<WebhookCreated | null>(null);
  const saving = editing ? update : create;

  const urlError = !url ? t("validation.required") : !isHttpUrl(url) ? t("webhooks.urlInvalid") : null;
  const eventsError = events.length === 0 ? t("webhooks.eventsRequired") : null;

  const submit = () => {
    setSubmitted(true);
    if (urlError || eventsError) return;
    const body = { url, description: description.trim() || null, events, format, active };
    if (editing) update.mutate({ ...body, version: editing.version }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: setCreated });
  };

  const title = editing ? t("webhooks.editTitle") : t("webhooks.newTitle");
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered>
      {created ? (
        <Stack data-testid="webhook-created">
          <ShownOnceSecret label={t("webhooks.secret")} value={created.secret} testId="webhook-secret" />
          <Text size="sm" c="dimmed">
            {t("webhooks.signatureHelp")}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("common.close")}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack data-testid="webhook-form">
          <TextInput
            label={t("webhooks.url")}
            placeholder="https://hooks.slack.com/services/…"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value.trim())}
            error={submitted ? urlError : null}
            required
            data-testid="webhook-url"
          />
          <TextInput
            label={t("webhooks.description")}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            maxLength={200}
          />
          <Checkbox.Group
            label={t("webhooks.events")}
            value={events}
            onChange={(value) => setEvents(value as Event[])}
            error={submitted ? eventsError : null}
            required
          >
            <Stack gap={6} mt={6}>
              {webhookEvents.map((event) => (
                <Checkbox
                  key={event}
                  value={event}
                  label={`${t(`webhooks.eventNames.${event}`)} (${event})`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("webhooks.format")}
            </Text>
            <SegmentedControl
              value={format}
              onChange={(value) => setFormat(value as "json" | "slack")}
              data={[
                { value: "json", label: t("webhooks.formats.json") },
                { value: "slack", label: t("webhooks.formats.slack") },
              ]}
            />
          </Stack>
          <Switch
            label={t("webhooks.active")}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
          {saving.error && <Alert color="red">{saving.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button onClick={submit} loading={saving.isPending} data-testid="webhook-save">
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
