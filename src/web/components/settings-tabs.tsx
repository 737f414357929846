import { Tabs } from "@mantine/core";
import {
  IconAlarm,
  IconChartDots3,
  IconFileImport,
  IconHeadset,
  IconTimeline,
  IconWebhook,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";

const tabs = [
  { to: "/settings/pipelines", label: "settings.tabs.pipelines", icon: IconTimeline },
  { to: "/settings/kpis", label: "settings.tabs.kpis", icon: IconChartDots3 },
  { to: "/settings/inside-sales", label: "insideSalesSettings.tab", icon: IconHeadset },
  { to: "/settings/alerts", label: "alerts.rules.tab", icon: IconAlarm },
  { to: "/settings/webhooks", label: "settings.tabs.webhooks", icon: IconWebhook },
  { to: "/settings/imports", label: "settings.tabs.imports", icon: IconFileImport },
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
        {tabs.map(({ to, label, icon: Icon }) => (
          <Tabs.Tab key={to} value={to} leftSection={<Icon size={16} />}>
            {t(label)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
