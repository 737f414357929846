import { Anchor, Divider, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Review } from "../../api/reviews";
import { WidgetCard } from "../../components/widget-card";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { useOwnerName } from "../directory/use-owner-name";
import { useKpiDefinitions } from "../kpis/use-kpi-definitions";
import { ActionStatusBadge, OverdueBadge } from "./action-badges";
import { NewActionForm } from "./new-action-form";

/** 今回のアクション: what this meeting decided, each with its owner, due date and task. */
export function ReviewActionsCard({ review }: { review: Review }) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const kpis = useKpiDefinitions();
  const ownerName = useOwnerName();
  const canAdd = review.writable && !review.locked;
  const kpiName = (key: string | null) => {
    const kpi = key ? kpis.byKey.get(key) : undefined;
    return kpi ? localized(kpi.name, kpi.nameEn) : (key ?? "—");
  };
  return (
    <WidgetCard
      title={t("reviews.actions.title")}
      subtitle={t("reviews.actions.subtitle")}
      testId="review-actions"
    >
      <Stack gap="md">
        {review.actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("reviews.actions.empty")}
          </Text>
        ) : (
          <Table verticalSpacing={6} data-testid="review-action-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("reviews.actions.what")}</Table.Th>
                <Table.Th>{t("fields.owner")}</Table.Th>
                <Table.Th>{t("reviews.actions.due")}</Table.Th>
                <Table.Th>{t("reviews.actions.kpi")}</Table.Th>
                <Table.Th>{t("reviews.actions.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {review.actions.map((a) => (
                <Table.Tr key={a.id} data-testid="review-action">
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>
                    <Text size="sm" fw={600}>
                      {a.text}
                    </Text>
                    {a.taskId && (
                      <Anchor component={Link} to="/tasks" size="xs" className="no-print">
                        {t("reviews.actions.task")}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{ownerName(a.ownerId, a.ownerName)}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{f.date(a.dueDate)}</Table.Td>
                  <Table.Td>{kpiName(a.kpiKey)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionStatusBadge action={a} />
                      <OverdueBadge action={a} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canAdd && (
          <>
            <Divider className="no-print" />
            <NewActionForm review={review} />
          </>
        )}
      </Stack>
    </WidgetCard>
  );
}
