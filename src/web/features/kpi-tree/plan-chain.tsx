import { Group, Paper, Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { PlanResponse } from "../../api/kpi-tree";
import { useFormat } from "../../i18n/format";
import { formatRate } from "../kpis/kpi-format";

type PlanNode = PlanResponse["nodes"][number];
type PlanRate = PlanResponse["rates"][number];

/** The steps that share the effective contacts: calls, and emails where the scope uses them. */
const branchMetrics: PlanNode["metric"][] = ["calls", "emailsSent"];

export function usePlanNodeText() {
  const { t } = useTranslation();
  const f = useFormat();
  return {
    label: (node: PlanNode) => t(`plan.metrics.${node.metric}`),
    amount: (node: PlanNode, value: number | null) =>
      value === null ? "—" : node.metric === "revenue" ? f.yen(value) : t("plan.count", { count: value }),
    perDay: (node: PlanNode, value: number | null) =>
      value === null
        ? t("plan.noBusinessDays")
        : node.metric === "revenue"
          ? t("plan.perDayYen", { value: f.yenCompact(value) })
          : t("plan.perDay", { count: value }),
  };
}

function Arrow({ rate }: { rate: PlanRate | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap={0} align="center" justify="center" miw={78} px={2}>
      <IconArrowRight size={18} color="var(--mantine-color-gray-6)" />
      {rate && (
        <Text size="xs" c="dimmed" ta="center" lh={1.3}>
          ÷ {t(`plan.rates.${rate.key}`)}
          <br />
          {rate.key === "averageDealSize"
            ? rate.value === null
              ? "—"
              : f.yenCompact(rate.value)
            : formatRate(rate.value, f.lang)}
        </Text>
      )}
    </Stack>
  );
}

function NodeCard({ node }: { node: PlanNode }) {
  const text = usePlanNodeText();
  const action = branchMetrics.includes(node.metric);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      style={{ flex: 1, minWidth: 140 }}
      bg={action ? "blue.0" : undefined}
      data-testid={`plan-node-${node.metric}`}
    >
      <Text size="xs" c="dimmed" fw={600}>
        {text.label(node)}
      </Text>
      <Text fz={20} fw={700} lh={1.3} data-testid={`plan-node-${node.metric}-required`}>
        {text.amount(node, node.required)}
      </Text>
      <Text size="xs" c="dimmed" data-testid={`plan-node-${node.metric}-per-day`}>
        {text.perDay(node, node.perBusinessDay)}
      </Text>
    </Paper>
  );
}

/**
 * revenue → wins → meetings → effective contacts, each with the rate it was divided by; the contacts
 * then split into calls and, where the scope reaches people by email, emails sent.
 */
export function PlanChain({ plan }: { plan: PlanResponse }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rates = new Map<string, PlanRate>(plan.rates.map((r) => [r.key, r]));
  const rateOf = (node: PlanNode) => (node.dividedBy ? rates.get(node.dividedBy) : undefined);
  const chain = plan.nodes.filter((n) => !branchMetrics.includes(n.metric));
  const branch = plan.nodes.filter((n) => branchMetrics.includes(n.metric));
  const emailShare = rates.get("emailShare")?.value ?? 0;
  return (
    <Stack gap={6}>
      <Group gap={4} wrap="nowrap" align="center" style={{ overflowX: "auto" }} data-testid="plan-chain">
        {chain.map((node, i) => (
          <Fragment key={node.metric}>
            {i > 0 && <Arrow rate={rateOf(node)} />}
            <NodeCard node={node} />
          </Fragment>
        ))}
        {branch.length > 0 && (
          <Stack gap={6} style={{ flex: 1.3 }}>
            {branch.map((node) => (
              <Group key={node.metric} gap={4} wrap="nowrap" align="center">
                <Arrow rate={rateOf(node)} />
                <NodeCard node={node} />
              </Group>
            ))}
          </Stack>
        )}
      </Group>
      {branch.length > 1 && emailShare > 0 && (
        <Text size="xs" c="dimmed" ta="right">
          {t("plan.branchNote", { share: formatRate(emailShare, f.lang) })}
        </Text>
      )}
    </Stack>
  );
}
