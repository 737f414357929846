import type {
  Alert,
  AlertKindName,
  AlertListQuery,
  AlertPage,
  AlertRule,
  AlertRuleCreate,
  AlertRulePatch,
  AlertRuleRun,
  NotificationPreferences,
} from "../../contract/alerts";
import { api } from "./client";

export type {
  Alert,
  AlertKindName,
  AlertPage,
  AlertRule,
  AlertRuleCreate,
  AlertRulePatch,
  AlertRuleRun,
  NotificationPreferences,
};
export type AlertStatus = AlertListQuery["status"];
export type AlertListParams = Partial<AlertListQuery>;

export const alertKeys = {
  all: ["alerts"] as const,
  list: (params: AlertListParams) => ["alerts", "list", params] as const,
  rules: ["alert-rules"] as const,
  preferences: ["notification-preferences"] as const,
};

const alertPath = (id: string) => `/alerts/${encodeURIComponent(id)}`;
const rulePath = (id: string) => `/alert-rules/${encodeURIComponent(id)}`;

/** The caller's alerts (their own and those escalated to them), with the bell's unread count. */
export const fetchAlerts = (params: AlertListParams, signal?: AbortSignal) =>
  api.get<AlertPage>("/alerts", params, signal);
export const acknowledgeAlert = (id: string) => api.post<Alert>(`${alertPath(id)}/acknowledge`);
/** Marks these alerts read; without ids every alert of the caller. */
export const markAlertsRead = (ids?: string[]) =>
  api.post<{ unreadCount: number }>("/alerts/read", ids ? { ids } : {});

export const fetchAlertRules = (signal?: AbortSignal) =>
  api.get<AlertRule[]>("/alert-rules", undefined, signal);
export const createAlertRule = (body: AlertRuleCreate) => api.post<AlertRule>("/alert-rules", body);
export const patchAlertRule = (id: string, body: AlertRulePatch) => api.patch<AlertRule>(rulePath(id), body);
export const deleteAlertRule = (id: string, version: number) =>
  api.delete<void>(`${rulePath(id)}?version=${version}`);

export const fetchNotificationPreferences = (signal?: AbortSignal) =>
  api.get<NotificationPreferences>("/me/notification-preferences", undefined, signal);
export const saveNotificationPreferences = (body: NotificationPreferences) =>
  api.put<NotificationPreferences>("/me/notification-preferences", body);
/** Evaluates a rule now (its test button); alerts already raised today are not raised again. */
export const runAlertRule = (id: string) => api.post<AlertRuleRun>(`${rulePath(id)}/run`);
