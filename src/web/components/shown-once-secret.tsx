import { ActionIcon, Alert, Code, CopyButton, Group, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy, IconKey } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** A secret the server shows only once (API token, webhook signing secret), with a copy button. */
export function ShownOnceSecret({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" icon={<IconKey size={18} />} title={label}>
      <Group gap="xs" wrap="nowrap" mb={6}>
        <Code style={{ wordBreak: "break-all" }} data-testid={testId}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t("secret.copied") : t("secret.copy")}>
              <ActionIcon variant="subtle" onClick={copy} aria-label={t("secret.copy")}>
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      {t("secret.shownOnce")}
    </Alert>
  );
}
