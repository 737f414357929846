import {
  IconAlertTriangle,
  IconBuildingSkyscraper,
  IconCalendarEvent,
  IconChecklist,
  IconFileImport,
  IconGauge,
  IconLayoutDashboard,
  IconLayoutKanban,
  IconListDetails,
  IconPhoneCall,
  IconSettings,
  IconSitemap,
  IconSun,
  IconTarget,
  IconTrendingUp,
  IconUserPlus,
} from "@tabler/icons-react";
import type { ComponentType } from "react";

type NavKey =
  | "myDay"
  | "leads"
  | "board"
  | "deals"
  | "accounts"
  | "dashboard"
  | "kpi"
  | "bottleneck"
  | "forecast"
  | "activities"
  | "tasks"
  | "reviews"
  | "dataQuality"
  | "myTargets"
  | "imports"
  | "settings";

export type NavItem = {
  key: NavKey;
  /** Absent while the area is not built yet: shown disabled with a "coming soon" badge. */
  to?: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Only these roles may open it; for everyone else it stays disabled like an area not built yet. */
  roles?: ("admin" | "manager" | "member")[];
};

export type NavSection = { key: "sales" | "analysis" | "operations"; items: NavItem[] };

export const navSections: NavSection[] = [
  {
    key: "sales",
    items: [
      { key: "myDay", to: "/my-day", icon: IconSun },
      { key: "leads", to: "/leads", icon: IconUserPlus },
      { key: "board", to: "/board", icon: IconLayoutKanban },
      { key: "myTargets", to: "/my-targets", icon: IconTarget },
      { key: "deals", to: "/deals", icon: IconListDetails },
      { key: "accounts", to: "/accounts", icon: IconBuildingSkyscraper },
      { key: "activities", to: "/activities", icon: IconPhoneCall },
      { key: "tasks", to: "/tasks", icon: IconChecklist },
    ],
  },
  {
    key: "analysis",
    items: [
      { key: "dashboard", to: "/dashboard", icon: IconLayoutDashboard },
      { key: "kpi", to: "/kpi-tree", icon: IconSitemap },
      { key: "bottleneck", to: "/analysis", icon: IconAlertTriangle },
      { key: "forecast", to: "/forecast", icon: IconTrendingUp },
      { key: "dataQuality", to: "/data-quality", icon: IconGauge },
    ],
  },
  {
    key: "operations",
    items: [
      { key: "reviews", to: "/reviews", icon: IconCalendarEvent },
      { key: "imports", to: "/settings/imports", icon: IconFileImport, roles: ["admin", "manager"] },
      { key: "settings", to: "/settings/pipelines", icon: IconSettings, roles: ["admin"] },
    ],
  },
];
