import {
  Alert,
  Box,
  Button,
  Center,
  Grid,
  Group,
  Kbd,
  Loader,
  Progress,
  Select,
  Stack,
  Text,
} from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconArrowLeft, IconArrowRight, IconConfetti, IconRefresh, IconSend } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Lead } from "../../api/leads";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useLocalizedName } from "../../i18n/use-lang";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { useUsers } from "../directory/use-directory";
import { AppointmentSuggestion } from "./appointment-suggestion";
import { CallListCurrent } from "./call-list-current";
import { CallListQueue } from "./call-list-queue";
import { HandoffModal } from "./handoff-modal";
import { LeadStatusActions } from "./lead-status-actions";
import { QuickLogBar } from "./quick-log-bar";
import { useCallList, useLead } from "./use-leads";
import type { QuickOutcome } from "./use-quick-log";

const workable = (lead: Lead) =>
  lead.status === "new" || lead.status === "working" || lead.status === "qualified";

/** A manager may walk a rep's list (their teams' IS reps). */
function RepPicker({ value, onChange }: { value: string; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const users = useUsers();
  const options = (users.data ?? [])
    .filter((u) => u.active && (u.function === "IS" || u.id === value))
    .map((u) => ({ value: u.id, label: localized(u.name, u.nameEn) }));
  return (
    <Select
      aria-label={t("leads.callList.rep")}
      placeholder={t("leads.callList.rep")}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      allowDeselect={false}
      w={200}
      data-testid="call-list-rep"
    />
  );
}

/**
 * コールリスト: the rep's open leads one at a time, unanswered ones first by SLA due time. The order
 * is kept as loaded while the rep works through it (a call moves a lead in the server's order).
 */
export function CallListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [search, setSearch] = useSearchState(["user"] as const);
  const userId = search.user ?? me.id;
  const callList = useCallList(search.user);
  const [queue, setQueue] = useState<Lead[] | null>(null);
  const [index, setIndex] = useState(0);
  const [logged, setLogged] = useState(new Map<string, QuickOutcome>());
  const [handingOff, setHandingOff] = useState(false);
  const [dialog, setDialog] = useState(false);
  const [suggestFor, setSuggestFor] = useState<string | null>(null);

  // The first answer for this rep becomes the session's list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: take a snapshot once per rep
  useEffect(() => {
    if (callList.data && queue === null) setQueue(callList.data.items);
  }, [callList.data]);
  const restart = (items: Lead[] | undefined) => {
    setQueue(items ?? null);
    setIndex(0);
    setLogged(new Map());
    setSuggestFor(null);
  };
  const reload = () => void callList.refetch().then((r) => restart(r.data?.items));

  const items = queue ?? [];
  const done = index >= items.length;
  const current = done ? undefined : items[index];
  const detail = useLead(current?.id);
  const lead = detail.data ?? current;
  const go = (to: number) => {
    setIndex(Math.max(0, Math.min(items.length, to)));
    setSuggestFor(null);
  };
  const paused = handingOff || dialog;
  useHotkeys(
    paused
      ? []
      : [
          ["n", () => go(index + 1)],
          ["p", () => go(index - 1)],
        ],
  );
  const progress = useMemo(
    () => (items.length === 0 ? 0 : (Math.min(index + 1, items.length) / items.length) * 100),
    [index, items.length],
  );

  const header = (
    <PageHeader
      title={t("leads.callList.title")}
      crumbs={[
        { label: t("nav.sections.sales") },
        { label: t("leads.title"), to: "/leads" },
        { label: t("leads.callList.title") },
      ]}
      subtitle={t("leads.callList.subtitle")}
      actions={
        <>
          {me.role !== "member" && (
            <RepPicker
              value={userId}
              onChange={(id) => {
                setSearch({ user: id === me.id ? null : id });
                restart(undefined);
              }}
            />
          )}
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={reload}
            data-testid="call-list-reload"
          >
            {t("leads.callList.reload")}
          </Button>
        </>
      }
    />
  );

  if (callList.isError) {
    return (
      <Box>
        {header}
        <QueryError error={callList.error} onRetry={reload} />
      </Box>
    );
  }
  if (queue === null) {
    return (
      <Box>
        {header}
        <Center h="40vh">
          <Loader />
        </Center>
      </Box>
    );
  }

  return (
    <Box data-testid="call-list-page">
      {header}
      <Group justify="space-between" mb="xs">
        <Text fw={700} size="lg" data-testid="call-list-progress">
          {t("leads.callList.progress", { index: Math.min(index + 1, items.length), count: items.length })}
        </Text>
        {callList.data && callList.data.total > items.length && (
          <Text size="sm" c="dimmed">
            {t("leads.callList.more", { total: callList.data.total })}
          </Text>
        )}
      </Group>
      <Progress value={progress} size="sm" mb="md" />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {items.length === 0 || done || !lead ? (
            <Alert
              color="teal"
              icon={<IconConfetti size={18} />}
              title={t("leads.callList.doneTitle")}
              data-testid="call-list-done"
            >
              <Stack gap="sm" align="flex-start">
                <Text size="sm">
                  {items.length === 0 ? t("leads.callList.empty") : t("leads.callList.doneBody")}
                </Text>
                <Group gap="xs">
                  {items.length > 0 && (
                    <Button variant="default" size="xs" onClick={() => go(index - 1)}>
                      {t("leads.callList.previous")}
                    </Button>
                  )}
                  <Button size="xs" leftSection={<IconRefresh size={14} />} onClick={reload}>
                    {t("leads.callList.reload")}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            <Stack gap="md">
              {suggestFor === lead.id && (
                <AppointmentSuggestion
                  lead={lead}
                  onHandoff={() => setHandingOff(true)}
                  onClose={() => setSuggestFor(null)}
                />
              )}
              <CallListCurrent lead={lead} detail={detail.data} />
              {lead.status !== "handed_off" && (
                <QuickLogBar
                  leadId={lead.id}
                  companyName={lead.companyName}
                  enabled={!paused}
                  onLogged={(outcome) => {
                    setLogged((m) => new Map(m).set(lead.id, outcome));
                    if (outcome === "appointment_set") setSuggestFor(lead.id);
                  }}
                />
              )}
              <Group justify="space-between">
                <Group gap="xs">
                  <LeadStatusActions lead={lead} onDialogChange={setDialog} />
                  {workable(lead) && (
                    <Button
                      color="grape"
                      variant="light"
                      leftSection={<IconSend size={16} />}
                      onClick={() => setHandingOff(true)}
                      data-testid="call-list-handoff"
                    >
                      {t("leads.actions.handoff")}
                    </Button>
                  )}
                </Group>
                <Group gap="xs">
                  <Button
                    variant="default"
                    leftSection={<IconArrowLeft size={16} />}
                    rightSection={<Kbd size="xs">P</Kbd>}
                    disabled={index === 0}
                    onClick={() => go(index - 1)}
                    data-testid="call-list-previous"
                  >
                    {t("leads.callList.previous")}
                  </Button>
                  <Button
                    rightSection={
                      <Group gap={6} wrap="nowrap">
                        <IconArrowRight size={16} />
                        <Kbd size="xs">N</Kbd>
                      </Group>
                    }
                    onClick={() => go(index + 1)}
                    data-testid="call-list-next"
                  >
                    {t("leads.callList.next")}
                  </Button>
                </Group>
              </Group>
              <HandoffModal
                opened={handingOff}
                onClose={() => setHandingOff(false)}
                lead={lead}
                onHandedOff={() => {
                  setHandingOff(false);
                  go(index + 1);
                }}
              />
            </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CallListQueue leads={items} current={index} logged={logged} onPick={go} />
        </Grid.Col>
      </Grid>
    </Box>
  );
}

export default CallListPage;
