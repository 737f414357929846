import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiTokenCreated } from "../../api/api-tokens";
import { ShownOnceSecret } from "../../components/shown-once-secret";
import { useCreateApiToken } from "./use-api-tokens";

/** A new personal API token: name, scope, limit per minute, expiry; then the token, once. */
export function NewTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"read" | "write">("read");
  const [limit, setLimit] = useState<number | string>(600);
  const [days, setDays] = useState<number | string>("");
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);

  const limitValue = typeof limit === "number" ? limit : Number(limit);
  const limitError =
    !Number.isInteger(limitValue) || limitValue < 1 || limitValue > 10_000 ? t("apiTokens.limitRange") : null;
  const submit = () => {
    setSubmitted(true);
    if (!name.trim() || limitError) return;
    create.mutate(
      {
        name: name.trim(),
        scope,
        rateLimitPerMinute: limitValue,
        ...(typeof days === "number" && days > 0 ? { expiresInDays: days } : {}),
      },
      { onSuccess: setCreated },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t("apiTokens.newTitle")} size="lg" centered>
      {created ? (
        <Stack data-testid="token-created">
          <ShownOnceSecret label={t("apiTokens.token")} value={created.token} testId="token-secret" />
          <Text size="sm" c="dimmed">
            {t("apiTokens.usage")}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("common.close")}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack data-testid="token-form">
          <TextInput
            label={t("apiTokens.name")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={submitted && !name.trim() ? t("validation.required") : null}
            maxLength={100}
            required
            data-testid="token-name"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("apiTokens.scope")}
            </Text>
            <SegmentedControl
              value={scope}
              onChange={(value) => setScope(value as "read" | "write")}
              data={[
                { value: "read", label: t("apiTokens.scopes.read") },
                { value: "write", label: t("apiTokens.scopes.write") },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t(`apiTokens.scopeHelp.${scope}`)}
            </Text>
          </Stack>
          <Group grow>
            <NumberInput
              label={t("apiTokens.rateLimit")}
              value={limit}
              onChange={setLimit}
              min={1}
              max={10_000}
              allowDecimal={false}
              error={submitted ? limitError : null}
              suffix={t("apiTokens.perMinute")}
            />
            <NumberInput
              label={t("apiTokens.expiresInDays")}
              placeholder={t("apiTokens.noExpiry")}
              value={days}
              onChange={setDays}
              min={1}
              max={3650}
              allowDecimal={false}
            />
          </Group>
          {create.error && <Alert color="red">{create.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button onClick={submit} loading={create.isPending} data-testid="token-save">
              {t("apiTokens.create")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
