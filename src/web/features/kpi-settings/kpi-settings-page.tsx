import { Box, Button, Stack } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { SettingsLocked, useSettingsCrumbs } from "../../components/settings-locked";
import { SettingsTabs } from "../../components/settings-tabs";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { useTeams } from "../directory/use-directory";
import { useKpiDefinitions } from "../kpis/use-kpi-definitions";
import { KpiCatalogueTable } from "./kpi-catalogue-table";
import { NewKpiModal } from "./new-kpi-modal";
import { SuccessFactorsEditor } from "./success-factors-editor";
import { TeamKpiEditor } from "./team-kpi-editor";

const keys = ["team"] as const;

/**
 * KPI settings (SPEC C3): the catalogue by tier with formulas, custom KPIs and the CSF / KFS list
 * (admins), and each team's phase preset and priorities (admins and the team's manager).
 */
export function KpiSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const defs = useKpiDefinitions();
  const [search, setSearch] = useSearchState(keys);
  const [newOpen, setNewOpen] = useState(false);
  const teams = useTeams();
  const isAdmin = me.role === "admin";
  // The manager's own team, or (admins) the first team of the tree.
  const firstTeam = teams.data?.find((x) => x.kind === "team")?.id ?? null;
  const teamId = search.team ?? (me.role === "manager" ? me.teamId : firstTeam);
  const title = t("kpiSettings.title");
  const crumbs = useSettingsCrumbs(title);

  if (me.role === "member") {
    return (
      <SettingsLocked title={title} message={t("kpiSettings.forbidden")} testId="kpi-settings-forbidden" />
    );
  }

  return (
    <Box data-testid="kpi-settings-page">
      <PageHeader
        title={title}
        crumbs={crumbs}
        subtitle={isAdmin ? t("kpiSettings.subtitle") : t("kpiSettings.subtitleManager")}
        actions={
          isAdmin && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setNewOpen(true)}
              data-testid="new-kpi-button"
            >
              {t("kpiSettings.new")}
            </Button>
          )
        }
      />
      {isAdmin && <SettingsTabs />}
      <Stack gap="lg">
        <TeamKpiEditor teamId={teamId} onTeamChange={(team) => setSearch({ team })} />
        <SuccessFactorsEditor editable={isAdmin} />
        <KpiCatalogueTable kpis={defs.list} />
      </Stack>
      {isAdmin && newOpen && <NewKpiModal opened onClose={() => setNewOpen(false)} />}
    </Box>
  );
}

export default KpiSettingsPage;
