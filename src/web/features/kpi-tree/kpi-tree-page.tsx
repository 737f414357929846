import { Box, Button, Paper, Stack, Text } from "@mantine/core";
import { IconStars } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";
import { useLocalizedName } from "../../i18n/use-lang";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { useTeams, useUserMap } from "../directory/use-directory";
import { DailyTargetsCard } from "../my-targets/daily-targets-card";
import { KpiTreeCard } from "./kpi-tree-card";
import { usePeriodLabel } from "./period-picker";
import { PlanPanel } from "./plan-panel";
import { pickedPeriod, pickedScope, ScopePeriodPickers } from "./scope-period";
import { TargetsSection } from "./targets-section";
import { usePlan, usePlanInputs } from "./use-plan";
import { useTargets } from "./use-targets";

const keys = ["scope", "period"] as const;

/**
 * KPIツリー・目標 (SPEC C3): the tree from the KGI to the daily actions with where each stands, the
 * 逆算 from a KGI to calls per business day and per person, and the targets with their levels.
 */
export function KpiTreePage() {
  const { t } = useTranslation();
  const me = useMe();
  const localized = useLocalizedName();
  const teams = useTeams();
  const users = useUserMap();
  const [search, setSearch] = useSearchState(keys);
  const picked = pickedPeriod(me, search.period);
  const { today, period } = picked;
  const isMember = me.role === "member";
  const scope = pickedScope(me, search.scope);
  const periodLabel = usePeriodLabel();
  const started = today >= period.start;
  const canEdit = me.role === "admin" || (me.role === "manager" && scope !== "org");

  const targets = useTargets({ scope, period: period.label });
  const [inputs, setInputs, kgiTarget] = usePlanInputs(scope, period.label, targets.data);
  const plan = usePlan(scope, period.label, inputs);

  const scopeName = (() => {
    const [kind, id] = scope.split(":");
    if (kind === "org") return me.org.name;
    if (kind === "team") {
      const team = teams.data?.find((x) => x.id === id);
      return team ? localized(team.name, team.nameEn) : "";
    }
    if (id === me.id) return localized(me.name, me.nameEn);
    const user = id ? users.get(id) : undefined;
    return user ? localized(user.name, user.nameEn) : "";
  })();

  return (
    <Box data-testid="kpi-tree-page">
      <PageHeader
        title={t("kpiTree.title")}
        crumbs={[{ label: t("nav.sections.analysis") }, { label: t("kpiTree.title") }]}
        subtitle={t("kpiTree.subtitle")}
        actions={
          me.role !== "member" && (
            <Button
              component={Link}
              to={`/settings/kpis${scope.startsWith("team:") ? `?team=${scope.slice(5)}` : ""}`}
              variant="default"
              leftSection={<IconStars size={16} />}
              data-testid="team-kpis-link"
            >
              {t("kpiTree.teamKpis")}
            </Button>
          )
        }
      />
      <Paper withBorder p="sm" mb="md">
        <ScopePeriodPickers me={me} scope={scope} picked={picked} onChange={setSearch} />
        {scopeName && (
          <Text size="xs" c="dimmed" mt={6} data-testid="kpi-scope-name">
            {t("kpiTree.shown", { scope: scopeName, period: periodLabel(period) })}
          </Text>
        )}
      </Paper>
      <Stack gap="md">
        {isMember && <DailyTargetsCard />}
        <KpiTreeCard scope={scope} period={period} plan={plan.isError ? undefined : plan.data} />
        <PlanPanel inputs={inputs} setInputs={setInputs} plan={plan} kgiTarget={kgiTarget} />
        <TargetsSection scope={scope} period={period} started={started} canEdit={canEdit} targets={targets} />
      </Stack>
    </Box>
  );
}

export default KpiTreePage;
