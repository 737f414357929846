import { Anchor, Box, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { IconBuilding, IconUser } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { accountKeys, fetchAccount } from "../../api/accounts";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { StaleBadge } from "../../components/stale-badge";
import { StageBadge, StatusBadge } from "../../components/status-badges";
import { useFormat } from "../../i18n/format";
import { sortedStages, usePipelines, useStageMap } from "../directory/use-directory";
import { useOwnerName } from "../directory/use-owner-name";
import { DealEditForm } from "./deal-edit-form";
import { DealFacts } from "./deal-facts";
import { DealHandoffCard } from "./deal-handoff-card";
import { DealStageBar } from "./deal-stage-bar";
import { DealTimeline } from "./deal-timeline";
import { useDeal } from "./use-deal";

export function DealDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const deal = useDeal(id);
  const pipelines = usePipelines();
  const stageMap = useStageMap();
  const ownerName = useOwnerName();
  const accountId = deal.data?.accountId ?? null;
  const account = useQuery({
    queryKey: accountKeys.detail(accountId ?? "none"),
    queryFn: ({ signal }) => fetchAccount(accountId ?? "", signal),
    enabled: accountId !== null,
    staleTime: 60_000,
  });
  const contacts = useMemo(
    () => new Map((account.data?.contacts ?? []).map((c) => [c.id, c.name] as const)),
    [account.data],
  );

  const crumbs = [{ label: t("deals.title"), to: "/deals" }];
  if (deal.isPending) {
    return (
      <Center h="50vh">
        <Loader />
      </Center>
    );
  }
  if (deal.isError) {
    return (
      <Box>
        <PageHeader title={t("deal.title")} crumbs={crumbs} />
        <QueryError error={deal.error} onRetry={() => void deal.refetch()} />
      </Box>
    );
  }

  const d = deal.data;
  const pipeline = pipelines.data?.find((p) => p.id === d.pipelineId);
  const stages = sortedStages(pipeline);
  const stage = stageMap.get(d.stageId);

  return (
    <Box data-testid="deal-detail" data-deal-id={d.id} data-version={d.version}>
      <PageHeader
        title={d.name}
        crumbs={[...crumbs, { label: d.name }]}
        badges={
          <Group gap={6}>
            {d.status === "open" && <StageBadge stage={stage} size="lg" data-testid="deal-stage-badge" />}
            {/* A won or lost stage already says the status. */}
            <StatusBadge
              status={d.status}
              size="lg"
              variant={d.status === "open" ? "light" : "filled"}
              data-testid="deal-status-badge"
            />
            <StaleBadge stale={d.stale} size="lg" />
          </Group>
        }
        subtitle={
          <Group gap="lg">
            <Group gap={4}>
              <IconBuilding size={15} />
              {d.accountId ? (
                <Anchor
                  component={Link}
                  to={`/accounts/${d.accountId}`}
                  size="sm"
                  data-testid="deal-account-link"
                >
                  {d.accountName}
                </Anchor>
              ) : (
                <Text size="sm">{t("deal.noAccount")}</Text>
              )}
            </Group>
            <Group gap={4}>
              <IconUser size={15} />
              <Text size="sm">
                {t("fields.owner")}: {ownerName(d.ownerId, d.ownerName)}
              </Text>
            </Group>
            <Text size="sm">
              {t("fields.amount")}: <b>{f.yen(d.amount)}</b>
            </Text>
          </Group>
        }
      />
      <Stack gap="md">
        {stages.length > 0 && <DealStageBar deal={d} stages={stages} />}
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Paper withBorder p="md">
              <Title order={3} fz="md" mb="sm">
                {t("deal.editTitle")}
              </Title>
              <DealEditForm key={d.id} deal={d} stage={stage} />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              <DealHandoffCard dealId={d.id} />
              <DealFacts deal={d} />
              <Paper withBorder p="md">
                <Title order={3} fz="md" mb="md">
                  {t("timeline.title")}
                </Title>
                <DealTimeline
                  timeline={d.timeline}
                  stages={stageMap}
                  pipelineStages={stages}
                  contacts={contacts}
                />
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Box>
  );
}

export default DealDetailPage;
