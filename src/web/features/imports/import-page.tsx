import { Alert, Box } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
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
  const crumbs = [
    { label: t("nav.sections.operations") },
    { label: t("nav.items.settings") },
    { label: title },
  ];

  if (me.role === "member") {
    return (
      <Box>
        <PageHeader title={title} crumbs={crumbs} />
        <Alert color="gray" icon={<IconLock size={18} />} data-testid="imports-forbidden">
          {t("imports.forbidden")}
        </Alert>
      </Box>
    );
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
