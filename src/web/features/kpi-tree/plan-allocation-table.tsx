import { Badge, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanResponse } from "../../api/kpi-tree";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { usePlanNodeText } from "./plan-chain";

type Person = PlanResponse["nodes"][number]["perPerson"][number];

/**
 * The plan per person: closers (FS / CS) carry the wins and meetings, inside sales the contacts and
 * calls, each weighted by skill level; a dash where a node is not that person's work.
 */
export function PlanAllocationTable({ plan }: { plan: PlanResponse }) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const text = usePlanNodeText();
  const people = new Map<string, Person>();
  for (const node of plan.nodes)
    for (const p of node.perPerson) if (!people.has(p.userId)) people.set(p.userId, p);
  const cell = (node: PlanResponse["nodes"][number], userId: string) =>
    node.perPerson.find((p) => p.userId === userId);

  if (people.size === 0) {
    return (
      <Text size="sm" c="dimmed" p="md">
        {t("plan.noPeople")}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing={6} data-testid="plan-allocation">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("plan.person")}</Table.Th>
            <Table.Th>{t("plan.skillLevel")}</Table.Th>
            {plan.nodes.map((node) => (
              <Table.Th key={node.metric} ta="right">
                {text.label(node)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...people.values()].map((person) => (
            <Table.Tr key={person.userId} data-testid="plan-allocation-row">
              <Table.Td>
                <Text size="sm" fw={600}>
                  {localized(person.name, person.nameEn)}
                </Text>
              </Table.Td>
              <Table.Td>
                {person.skillLevel ? (
                  <Badge size="sm" variant="light" color={skillColor[person.skillLevel]}>
                    {t(`skill.${person.skillLevel}`)}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              {plan.nodes.map((node) => {
                const part = cell(node, person.userId);
                return (
                  <Table.Td key={node.metric} ta="right" style={{ whiteSpace: "nowrap" }}>
                    {part ? (
                      <>
                        <Text size="sm" fw={600}>
                          {text.amount(node, part.required)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {text.perDay(node, part.perBusinessDay)}
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2}>
              <Group gap={6}>
                {t("plan.total")}
                <Text span size="xs" c="dimmed" fw={400}>
                  {t("plan.businessDays", { count: plan.businessDays })}
                </Text>
              </Group>
            </Table.Th>
            {plan.nodes.map((node) => (
              <Table.Th key={node.metric} ta="right" style={{ whiteSpace: "nowrap" }}>
                {text.amount(node, node.required)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {t("plan.allocationHint", { count: f.number(people.size) })}
      </Text>
    </Table.ScrollContainer>
  );
}

const skillColor = { junior: "cyan", mid: "blue", senior: "indigo" } as const;
