import { Center, Loader } from "@mantine/core";
import { lazy, type ReactNode, Suspense } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { RequireAuth } from "../features/auth/require-auth";

// Every page is its own chunk: the login page does not carry the board, the board not the tables.
const LoginPage = lazy(() => import("../features/auth/login-page").then((m) => ({ default: m.LoginPage })));
const AppLayout = lazy(() => import("./app-layout"));
const BoardPage = lazy(() => import("../features/board/board-page"));
const DealListPage = lazy(() => import("../features/deals/deal-list-page"));
const DealDetailPage = lazy(() => import("../features/deal-detail/deal-detail-page"));
const AccountListPage = lazy(() => import("../features/accounts/account-list-page"));
const AccountDetailPage = lazy(() => import("../features/accounts/account-detail-page"));
const DataQualityPage = lazy(() => import("../features/data-quality/data-quality-page"));
const PipelineSettingsPage = lazy(() => import("../features/pipeline-settings/pipeline-settings-page"));
const KpiTreePage = lazy(() => import("../features/kpi-tree/kpi-tree-page"));
const MyTargetsPage = lazy(() => import("../features/my-targets/my-targets-page"));
const DashboardPage = lazy(() => import("../features/dashboard/dashboard-page"));
const AnalysisPage = lazy(() => import("../features/analysis/analysis-page"));
const ForecastPage = lazy(() => import("../features/forecast/forecast-page"));
const ActivityListPage = lazy(() => import("../features/activities/activity-list-page"));
const KpiSettingsPage = lazy(() => import("../features/kpi-settings/kpi-settings-page"));
const ImportPage = lazy(() => import("../features/imports/import-page"));
const WebhookSettingsPage = lazy(() => import("../features/webhook-settings/webhook-settings-page"));
const ApiTokensPage = lazy(() => import("../features/api-tokens/api-tokens-page"));
const LeadListPage = lazy(() => import("../features/leads/lead-list-page"));
const LeadDetailPage = lazy(() => import("../features/leads/lead-detail-page"));
const CallListPage = lazy(() => import("../features/leads/call-list-page"));
const TaskListPage = lazy(() => import("../features/tasks/task-list-page"));
const MyDayPage = lazy(() => import("../features/my-day/my-day-page"));
const InsideSalesSettingsPage = lazy(
  () => import("../features/inside-sales-settings/inside-sales-settings-page"),
);
const ReviewListPage = lazy(() => import("../features/reviews/review-list-page"));
const ReviewSheetPage = lazy(() => import("../features/reviews/review-sheet-page"));
const AlertInboxPage = lazy(() => import("../features/alerts/alert-inbox-page"));
const AlertRulesPage = lazy(() => import("../features/alerts/alert-rules-page"));
const NotificationPreferencesPage = lazy(() => import("../features/alerts/notification-preferences-page"));
const NotFoundPage = lazy(() => import("./not-found-page"));

function Page({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Center h="100vh">
          <Loader />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}

export const router = createBrowserRouter([
  {
    path: "/login",
    element: (
      <Page>
        <LoginPage />
      </Page>
    ),
  },
  {
    path: "/",
    element: (
      <RequireAuth>
        <Page>
          <AppLayout />
        </Page>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/my-day" replace /> },
      { path: "my-day", element: <MyDayPage /> },
      { path: "leads", element: <LeadListPage /> },
      { path: "leads/call-list", element: <CallListPage /> },
      { path: "leads/:id", element: <LeadDetailPage /> },
      { path: "tasks", element: <TaskListPage /> },
      { path: "settings/inside-sales", element: <InsideSalesSettingsPage /> },
      { path: "board", element: <BoardPage /> },
      { path: "deals", element: <DealListPage /> },
      { path: "deals/:id", element: <DealDetailPage /> },
      { path: "accounts", element: <AccountListPage /> },
      { path: "accounts/:id", element: <AccountDetailPage /> },
      { path: "data-quality", element: <DataQualityPage /> },
      { path: "settings", element: <Navigate to="/settings/pipelines" replace /> },
      { path: "settings/pipelines", element: <PipelineSettingsPage /> },
      { path: "settings/kpis", element: <KpiSettingsPage /> },
      { path: "settings/webhooks", element: <WebhookSettingsPage /> },
      { path: "me/tokens", element: <ApiTokensPage /> },
      { path: "settings/imports", element: <ImportPage /> },
      { path: "kpi-tree", element: <KpiTreePage /> },
      { path: "my-targets", element: <MyTargetsPage /> },
      { path: "dashboard", element: <DashboardPage /> },
      { path: "analysis", element: <AnalysisPage /> },
      { path: "forecast", element: <ForecastPage /> },
      { path: "activities", element: <ActivityListPage /> },
      { path: "reviews", element: <ReviewListPage /> },
      { path: "reviews/:id", element: <ReviewSheetPage /> },
      { path: "alerts", element: <AlertInboxPage /> },
      { path: "settings/alerts", element: <AlertRulesPage /> },
      { path: "me/notifications", element: <NotificationPreferencesPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
