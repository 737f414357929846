import { Box, Group, Paper, Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { PlanResponse } from "../../api/kpi-tree";
import { useFormat } from "../../i18n/format";
import { formatRate } from "../kpis/kpi-format";

type PlanNode = PlanResponse["nodes"][number];

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

/** revenue → wins → meetings → effective contacts → calls, each with the rate it was divided by. */
export function PlanChain({ plan }: { plan: PlanResponse }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = usePlanNodeText();
  const rates = new Map<string, PlanResponse["rates"][number]>(plan.rates.map((r) => [r.key, r]));
  return (
    <Group gap={4} wrap="nowrap" align="stretch" style={{ overflowX: "auto" }} data-testid="plan-chain">
      {plan.nodes.map((node, i) => {
        const rate = node.dividedBy ? rates.get(node.dividedBy) : undefined;
        return (
          <Fragment key={node.metric}>
            {i > 0 && (
              <Stack gap={0} align="center" justify="center" miw={74} px={2}>
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
            )}
            <Paper
              withBorder
              p="sm"
              radius="md"
              style={{ flex: 1, minWidth: 150 }}
              bg={node.metric === "calls" ? "blue.0" : undefined}
              data-testid={`plan-node-${node.metric}`}
            >
              <Text size="xs" c="dimmed" fw={600}>
                {text.label(node)}
              </Text>
              <Text fz={20} fw={700} lh={1.3} data-testid={`plan-node-${node.metric}-required`}>
                {text.amount(node, node.required)}
              </Text>
              <Box>
                <Text size="xs" c="dimmed" data-testid={`plan-node-${node.metric}-per-day`}>
                  {text.perDay(node, node.perBusinessDay)}
                </Text>
              </Box>
            </Paper>
          </Fragment>
        );
      })}
    </Group>
  );
}
