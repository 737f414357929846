import { Badge, Group, NavLink, Paper, ScrollArea, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Lead } from "../../api/leads";
import { SlaBreachBadge } from "./lead-badges";
import type { QuickOutcome } from "./use-quick-log";

/** The day's leads in call order, what was logged on each in this session, and where the rep is. */
export function CallListQueue({
  leads,
  current,
  logged,
  onPick,
}: {
  leads: Lead[];
  current: number;
  logged: Map<string, QuickOutcome>;
  onPick: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder data-testid="call-list-queue">
      <Text
        size="sm"
        fw={600}
        px="sm"
        py={8}
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        {t("leads.callList.queue")}
      </Text>
      <ScrollArea.Autosize mah="calc(100vh - 260px)">
        {leads.map((lead, i) => {
          const outcome = logged.get(lead.id);
          return (
            <NavLink
              key={lead.id}
              active={i === current}
              onClick={() => onPick(i)}
              label={
                <Text size="sm" fw={i === current ? 700 : 500} truncate>
                  {i + 1}. {lead.companyName}
                </Text>
              }
              description={
                <Group gap={6} wrap="nowrap" component="span">
                  <Text span size="xs" c="dimmed" truncate>
                    {lead.contactName ?? "—"}
                  </Text>
                  {outcome ? (
                    <Badge size="xs" color="teal" variant="light" leftSection={<IconCheck size={10} />}>
                      {t(`leads.quickLog.outcomes.${outcome}`)}
                    </Badge>
                  ) : (
                    lead.slaBreached && <SlaBreachBadge size="xs" />
                  )}
                </Group>
              }
              data-testid="call-list-item"
              data-current={i === current}
            />
          );
        })}
      </ScrollArea.Autosize>
    </Paper>
  );
}
