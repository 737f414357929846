import { Tabs } from "@mantine/core";
import { IconChartDots3, IconFileImport, IconTimeline, IconWebhook } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";

const tabs = [
  { to: "/settings/pipelines", key: "pipelines", icon: IconTimeline },
  { to: "/settings/kpis", key: "kpis", icon: IconChartDots3 },
  { to: "/settings/webhooks", key: "webhooks", icon: IconWebhook },
  { to: "/settings/imports", key: "imports", icon: IconFileImport },
] as const;

/** The settings areas, one route each. */
export function SettingsTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = tabs.find((tab) => pathname.startsWith(tab.to))?.to ?? null;
  return (
    <Tabs value={active} onChange={(to) => to && void navigate(to)} mb="md" data-testid="settings-tabs">
      <Tabs.List>
        {tabs.map(({ to, key, icon: Icon }) => (
          <Tabs.Tab key={to} value={to} leftSection={<Icon size={16} />}>
            {t(`settings.tabs.${key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
