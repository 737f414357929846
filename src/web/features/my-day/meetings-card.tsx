import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MyDayMeeting } from "../../api/my-day";
import { WidgetCard } from "../../components/widget-card";
import { isActivityKind, kindColors, outcomeLabel } from "../activities/activity-labels";
import { clockTime } from "./my-day-model";

function MeetingRow({ meeting, timeZone }: { meeting: MyDayMeeting; timeZone: string }) {
  const { t } = useTranslation();
  const kind = isActivityKind(meeting.kind) ? meeting.kind : null;
  const what = meeting.subject ?? meeting.purpose;
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      py={6}
      style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
      data-testid="my-day-meeting"
      data-source={meeting.source}
    >
      <Text size="sm" fw={700} w={48} style={{ flexShrink: 0 }}>
        {meeting.at ? clockTime(meeting.at, timeZone) : "—"}
      </Text>
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        {meeting.dealId ? (
          <Anchor component={Link} to={`/deals/${meeting.dealId}`} size="sm" fw={600} lineClamp={1}>
            {meeting.dealName}
          </Anchor>
        ) : (
          <Text size="sm" fw={600} lineClamp={1}>
            {meeting.accountName ?? t("myDay.meetings.noDeal")}
          </Text>
        )}
        {meeting.dealId && meeting.accountName && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {meeting.accountName}
          </Text>
        )}
        {what && (
          <Text size="xs" lineClamp={2}>
            {meeting.source === "deal" ? t("myDay.meetings.purpose", { purpose: what }) : what}
          </Text>
        )}
      </Stack>
      <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
        {meeting.source === "deal" ? (
          <Badge size="sm" variant="outline" color="blue">
            {t("myDay.meetings.planned")}
          </Badge>
        ) : (
          <Badge size="sm" variant="light" color={kind ? kindColors[kind] : "gray"}>
            {kind ? t(`activities.kinds.${kind}`) : meeting.kind}
          </Badge>
        )}
        {meeting.outcome && (
          <Text size="xs" c="dimmed">
            {outcomeLabel(t, meeting.outcome)}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

/** 今日の商談: meetings logged for today and deals whose next meeting is today. */
export function MeetingsCard({ meetings, timeZone }: { meetings: MyDayMeeting[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <WidgetCard
      title={t("myDay.meetings.title")}
      subtitle={t("myDay.meetings.subtitle")}
      actions={
        <Badge
          variant="light"
          color={meetings.length > 0 ? "blue" : "gray"}
          data-testid="my-day-meetings-count"
        >
          {t("myDay.meetings.count", { count: meetings.length })}
        </Badge>
      }
      testId="my-day-meetings"
    >
      {meetings.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t("myDay.meetings.empty")}
        </Text>
      ) : (
        <Stack gap={0}>
          {meetings.map((m, i) => (
            <MeetingRow
              key={`${m.source}-${m.dealId ?? "none"}-${m.at ?? i}`}
              meeting={m}
              timeZone={timeZone}
            />
          ))}
        </Stack>
      )}
    </WidgetCard>
  );
}
