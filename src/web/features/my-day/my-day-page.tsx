import { Box, Center, Grid, Loader, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { useSearchState } from "../../routing/use-search-state";
import { LogActivityModal } from "../activities/log-activity-modal";
import { useMe } from "../auth/use-me";
import { useUserMap } from "../directory/use-directory";
import { NewTaskModal } from "../tasks/new-task-modal";
import { ActionTargetsCard } from "./action-targets-card";
import { MeetingsCard } from "./meetings-card";
import { MemberPicker } from "./member-picker";
import { clockTime } from "./my-day-model";
import { SlaLeadsCard } from "./sla-leads-card";
import { StaleDealsSection } from "./stale-deals-section";
import { TaskSectionCard } from "./task-section-card";
import { useMyDay } from "./use-my-day";

const keys = ["userId"] as const;

/** 今日の予定 (SPEC C8): the rep's home page — today's targets, tasks, meetings, and what needs acting on. */
export function MyDayPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const localized = useLocalizedName();
  const users = useUserMap();
  const isManager = me.role === "manager" || me.role === "admin";
  const [search, setSearch] = useSearchState(keys);
  const userId = isManager && search.userId && search.userId !== me.id ? search.userId : undefined;
  const day = useMyDay(userId);
  const [adding, setAdding] = useState(false);
  const [logging, setLogging] = useState(false);
  const data = day.data;
  const own = userId === undefined;
  const timeZone = me.org.timeZone;
  const person = data ? users.get(data.person.id) : undefined;
  const personName = data ? localized(data.person.name, person?.nameEn) : "";
  const taskLink = (due: string) =>
    `/tasks?due=${due}${userId && data ? `&assigneeId=${encodeURIComponent(data.person.id)}` : ""}`;

  return (
    <Box data-testid="my-day-page">
      <PageHeader
        title={t("myDay.title")}
        crumbs={[{ label: t("nav.sections.sales") }, { label: t("myDay.title") }]}
        subtitle={
          data
            ? own
              ? f.date(data.date)
              : t("myDay.subtitleOf", { date: f.date(data.date), name: personName })
            : t("myDay.subtitle")
        }
        actions={
          isManager ? (
            <MemberPicker
              me={me}
              value={userId ?? me.id}
              onChange={(id) => setSearch({ userId: id === me.id ? null : id })}
            />
          ) : undefined
        }
      />
      {day.isPending && (
        <Center h={240}>
          <Loader />
        </Center>
      )}
      {day.isError && <QueryError error={day.error} onRetry={() => void day.refetch()} />}
      {data && (
        <Stack gap="md" opacity={day.isPlaceholderData ? 0.6 : 1}>
          <ActionTargetsCard
            data={data}
            asOf={clockTime(data.now, timeZone)}
            onLog={own ? () => setLogging(true) : undefined}
          />
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="md">
                <TaskSectionCard
                  kind="today"
                  tasks={data.tasks.today}
                  listLink={taskLink("today")}
                  onAdd={() => setAdding(true)}
                />
                <TaskSectionCard kind="overdue" tasks={data.tasks.overdue} listLink={taskLink("overdue")} />
                <StaleDealsSection data={data} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <MeetingsCard meetings={data.meetings} timeZone={timeZone} />
                <SlaLeadsCard data={data} />
              </Stack>
            </Grid.Col>
          </Grid>
          <NewTaskModal
            opened={adding}
            onClose={() => setAdding(false)}
            defaults={{ dueDate: data.date, assigneeId: data.person.id }}
          />
        </Stack>
      )}
      <LogActivityModal opened={logging} onClose={() => setLogging(false)} />
    </Box>
  );
}

export default MyDayPage;
