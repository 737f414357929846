import {
  Alert,
  Badge,
  Box,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Period } from "../../../domain/periods";
import { isApiError } from "../../api/client";
import type { PlanResponse } from "../../api/kpi-tree";
import { QueryError } from "../../components/query-error";
import { formatRate, useKpiText } from "../kpis/kpi-format";
import { useKpiDefinitions } from "../kpis/use-kpi-definitions";
import { KpiDefinitionDrawer } from "./kpi-definition-drawer";
import {
  flattenTree,
  statusColors,
  statuses,
  type TreeNodeView,
  treeFromKpiTree,
  treeFromPlan,
} from "./kpi-tree-model";
import { useKpiTree } from "./use-kpi-tree";

// ECharts comes with the chart only: the rest of the page shows while it loads.
const KpiTreeChart = lazy(() => import("./kpi-tree-chart"));

/** The KGI → tactical → action KPI tree with target, actual, achievement and pace on every node. */
export function KpiTreeCard({
  scope,
  period,
  plan,
}: {
  scope: string;
  period: Period;
  plan: PlanResponse | undefined;
}) {
  const { t } = useTranslation();
  const text = useKpiText();
  const defs = useKpiDefinitions();
  const tree = useKpiTree({ scope, period: period.label });
  const [selected, setSelected] = useState<string | null>(null);
  // Without the server's tree (not there, or failing), the 逆算 chain stands in for it.
  const fallback = tree.isError;
  const missing = tree.isError && isApiError(tree.error) && tree.error.status === 404;
  const root = useMemo(
    () =>
      tree.data && !fallback ? treeFromKpiTree(tree.data) : fallback && plan ? treeFromPlan(plan) : null,
    [tree.data, fallback, plan],
  );
  const nodes = flattenTree(root);

  const nodeText = useCallback(
    (node: TreeNodeView) => {
      const def = defs.byKey.get(node.kpiKey);
      const stars = node.stars ? ` ${"★".repeat(node.stars)}` : "";
      const title = `${text.name(node.kpiKey, def)}${stars}`;
      const value = (v: number | null) => text.value(v, def, true);
      const lines = fallback
        ? [t("kpiTree.required", { value: value(node.target) })]
        : node.target === null
          ? [t("kpiTree.noTarget"), t("kpiTree.actualLine", { value: value(node.actual) })]
          : [
              t("kpiTree.targetLine", { value: value(node.target) }),
              t("kpiTree.actualLine", { value: value(node.actual) }),
              node.pace === null
                ? t("kpiTree.achievementLine", { value: formatRate(node.achievement, text.f.lang, 0) })
                : t("kpiTree.achievementPaceLine", {
                    achievement: formatRate(node.achievement, text.f.lang, 0),
                    pace: formatRate(node.pace, text.f.lang, 0),
                  }),
            ];
      const tooltip = [
        title,
        def ? text.description(def) : "",
        fallback ? "" : t(`kpi.status.${node.status}`),
        t("kpiTree.clickForDefinition"),
      ]
        .filter(Boolean)
        .join("\n");
      return { title, lines, tooltip };
    },
    [defs, text, t, fallback],
  );

  return (
    <Paper withBorder p="md" data-testid="kpi-tree-card">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Group gap="sm">
          <Title order={3} fz="md">
            {t("kpiTree.treeTitle")}
          </Title>
          {tree.isFetching && <Loader size="xs" />}
          {tree.data && !fallback && (
            <Text size="xs" c="dimmed" data-testid="kpi-tree-days">
              {t("kpiTree.elapsed", {
                elapsed: tree.data.elapsedBusinessDays,
                total: tree.data.businessDays,
              })}
            </Text>
          )}
        </Group>
        {!fallback && (
          <Group gap={6}>
            {statuses.map((s) => (
              <Badge
                key={s}
                size="sm"
                variant="light"
                color={statusColors[s].mantine}
                leftSection={
                  <Box w={8} h={8} style={{ borderRadius: 4, background: statusColors[s].main }} />
                }
              >
                {t(`kpi.status.${s}`)}
              </Badge>
            ))}
          </Group>
        )}
      </Group>
      {missing && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} mb="sm" p="xs">
          {t("kpiTree.fallback")}
        </Alert>
      )}
      {tree.isError && !missing && (
        <Stack gap={6} mb="sm">
          <QueryError error={tree.error} onRetry={() => void tree.refetch()} />
          {root && (
            <Text size="xs" c="dimmed">
              {t("kpiTree.fallbackOnError")}
            </Text>
          )}
        </Stack>
      )}
      <Box data-testid="kpi-tree-chart" mih={root ? undefined : 120}>
        {root ? (
          <Suspense
            fallback={
              <Center h={300}>
                <Loader />
              </Center>
            }
          >
            <KpiTreeChart root={root} text={nodeText} onSelect={setSelected} />
          </Suspense>
        ) : tree.isPending ? (
          <Center h={300}>
            <Loader />
          </Center>
        ) : (
          <Center h={120}>
            <Text size="sm" c="dimmed">
              {fallback ? t("plan.enterKgi") : t("kpiTree.empty")}
            </Text>
          </Center>
        )}
      </Box>
      {root && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("kpiTree.clickHint")}
        </Text>
      )}
      {/* The canvas is not keyboard-reachable: the same nodes as buttons, for screen readers and keys. */}
      <VisuallyHidden>
        <ul>
          {nodes.map((n) => (
            <li key={n.kpiKey}>
              <UnstyledButton onClick={() => setSelected(n.kpiKey)} data-testid={`kpi-node-${n.kpiKey}`}>
                {nodeText(n).title}: {nodeText(n).lines.join(", ")}
              </UnstyledButton>
            </li>
          ))}
        </ul>
      </VisuallyHidden>
      <KpiDefinitionDrawer
        kpiKey={selected}
        node={nodes.find((n) => n.kpiKey === selected)}
        onClose={() => setSelected(null)}
      />
    </Paper>
  );
}
