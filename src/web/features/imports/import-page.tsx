import { Box } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { SettingsLocked, useSettingsCrumbs } from "../../components/settings-locked";
import { SettingsTabs } from "../../components/settings-tabs";
import { useMe } from "../auth/use-me";
import { ImportHistory } from "./import-history";
import { ImportWizard } from "./import-wizard";

/**
 * データ取り込み (SPEC C11): a CSV or Excel file from Salesforce, HubSpot or the product's template,
 * mapped, dry-run and applied all or nothing (admins and managers; managers within their teams).
 */
export function ImportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const title = t("imports.title");
  const crumbs = useSettingsCrumbs(title);

  if (me.role === "member") {
    return <SettingsLocked title={title} message={t("imports.forbidden")} testId="imports-forbidden" />;
  }

  return (
    <Box data-testid="import-page">
      <PageHeader title={title} crumbs={crumbs} subtitle={t("imports.subtitle")} />
      {me.role === "admin" && <SettingsTabs />}
      <ImportWizard />
      <ImportHistory />
    </Box>
  );
}

export default ImportPage;
