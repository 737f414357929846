import { Alert, Box, Button, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { IconBan, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { AppointmentSuggestion } from "./appointment-suggestion";
import { HandoffModal } from "./handoff-modal";
import { LeadStatusBadge, SlaBreachBadge } from "./lead-badges";
import { LeadBantFacts } from "./lead-bant-facts";
import { LeadContactFacts } from "./lead-contact-facts";
import { LeadEditForm } from "./lead-edit-form";
import { LeadHandoffSummary } from "./lead-handoff-summary";
import { usePickLabels } from "./lead-labels";
import { LeadStatusActions } from "./lead-status-actions";
import { LeadTimeline } from "./lead-timeline";
import { QuickLogBar } from "./quick-log-bar";
import { useLead } from "./use-leads";

const canHandOff = (status: string) => status === "new" || status === "working" || status === "qualified";

/** リード詳細: who to call, how fast they were answered, BANT, the status moves, and the hand-off. */
export function LeadDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const lead = useLead(id);
  const { reasonLabel } = usePickLabels();
  const [handingOff, setHandingOff] = useState(false);
  const [dialog, setDialog] = useState(false);
  const [suggest, setSuggest] = useState(false);
  const crumbs = [{ label: t("nav.sections.sales") }, { label: t("leads.title"), to: "/leads" }];

  if (lead.isPending) {
    return (
      <Center h="50vh">
        <Loader />
      </Center>
    );
  }
  if (lead.isError) {
    return (
      <Box>
        <PageHeader title={t("leads.detailTitle")} crumbs={crumbs} />
        <QueryError error={lead.error} onRetry={() => void lead.refetch()} />
      </Box>
    );
  }

  const l = lead.data;
  const open = canHandOff(l.status);
  return (
    <Box data-testid="lead-detail" data-lead-id={l.id} data-version={l.version} data-status={l.status}>
      <PageHeader
        title={l.companyName}
        crumbs={[...crumbs, { label: l.companyName }]}
        badges={
          <Group gap={6}>
            <LeadStatusBadge status={l.status} size="lg" />
            {l.slaBreached && <SlaBreachBadge size="lg" />}
          </Group>
        }
        subtitle={l.contactName ?? undefined}
        actions={
          <>
            <LeadStatusActions lead={l} onDialogChange={setDialog} />
            {open && (
              <Button
                color="grape"
                leftSection={<IconSend size={16} />}
                onClick={() => setHandingOff(true)}
                data-testid="lead-handoff-open"
              >
                {t("leads.actions.handoff")}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md">
        {l.status === "disqualified" && (
          <Alert color="gray" icon={<IconBan size={18} />} data-testid="lead-disqualified">
            {t("leads.disqualify.shown", { reason: reasonLabel(l.disqualifiedReason) })}
          </Alert>
        )}
        {suggest && open && (
          <AppointmentSuggestion
            lead={l}
            onHandoff={() => setHandingOff(true)}
            onClose={() => setSuggest(false)}
          />
        )}
        {l.status !== "handed_off" && (
          <QuickLogBar
            leadId={l.id}
            companyName={l.companyName}
            enabled={!handingOff && !dialog}
            onLogged={(outcome) => {
              if (outcome === "appointment_set") setSuggest(true);
            }}
          />
        )}
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <Paper withBorder p="md">
                <Title order={3} fz="md" mb="sm">
                  {t("leads.factsTitle")}
                </Title>
                <LeadContactFacts lead={l} />
              </Paper>
              <Paper withBorder p="md">
                <Title order={3} fz="md" mb={l.status === "handed_off" ? "sm" : 4}>
                  {l.status === "handed_off" ? t("leads.bantTitle") : t("leads.editTitle")}
                </Title>
                {l.status === "handed_off" ? (
                  <LeadBantFacts lead={l} />
                ) : (
                  <>
                    <Text size="xs" c="dimmed" mb="sm">
                      {t("leads.editHint")}
                    </Text>
                    <LeadEditForm key={l.id} lead={l} />
                  </>
                )}
              </Paper>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              {l.handoff && <LeadHandoffSummary handoff={l.handoff} />}
              <Paper withBorder p="md">
                <Title order={3} fz="md" mb="md">
                  {t("leads.timeline.title")}
                </Title>
                <LeadTimeline lead={l} />
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      <HandoffModal
        opened={handingOff}
        onClose={() => setHandingOff(false)}
        lead={l}
        onHandedOff={() => {
          setHandingOff(false);
          setSuggest(false);
        }}
      />
    </Box>
  );
}

export default LeadDetailPage;
