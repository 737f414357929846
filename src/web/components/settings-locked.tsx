// What every settings page shares: where it sits (運用 › 設定 › its title), and the page a role that
// may not open it sees instead.
import { Alert, Box } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "./page-header";

export function useSettingsCrumbs(title: string) {
  const { t } = useTranslation();
  return [{ label: t("nav.sections.operations") }, { label: t("nav.items.settings") }, { label: title }];
}

export function SettingsLocked({
  title,
  message,
  testId,
}: {
  title: string;
  message: string;
  testId?: string;
}) {
  const crumbs = useSettingsCrumbs(title);
  return (
    <Box>
      <PageHeader title={title} crumbs={crumbs} />
      <Alert color="gray" icon={<IconLock size={18} />} data-testid={testId}>
        {message}
      </Alert>
    </Box>
  );
}
