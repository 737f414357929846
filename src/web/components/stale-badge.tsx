import { Badge, type BadgeProps, Tooltip } from "@mantine/core";
import { IconClockExclamation } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Staleness } from "../../contract/deals";

/**
 * Why an open deal is stale (seed 000: 未更新＝異変): no update for longer than its stage allows, no next
 * meeting, or a next meeting in the past. Red when it has been so for more than a week.
 */
export function StaleBadge({ stale, ...rest }: { stale: Staleness } & BadgeProps) {
  const { t } = useTranslation();
  if (!stale) return null;
  const { reason, days } = stale;
  const severe = reason === "no_update" || (reason === "next_meeting_past" && days > 7);
  return (
    <Tooltip label={t(`stale.hint.${reason}`, { count: days })} openDelay={300} multiline maw={280}>
      <Badge
        color={severe ? "red" : "orange"}
        variant="light"
        leftSection={<IconClockExclamation size={12} />}
        style={{ minWidth: "max-content" }}
        data-testid="stale-badge"
        data-reason={reason}
        {...rest}
      >
        {t(`stale.${reason}`, { count: days })}
      </Badge>
    </Tooltip>
  );
}
