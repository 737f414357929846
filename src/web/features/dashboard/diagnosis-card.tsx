import { Anchor, Center, Divider, Loader, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryError } from "../../components/query-error";
import { WidgetCard } from "../../components/widget-card";
import { BottleneckLine } from "../analysis/bottleneck-line";
import { DiagnosisFindings } from "../analysis/diagnosis-findings";
import { useDiagnosis, useFunnelAnalysis } from "../analysis/use-analysis";
import { analysisLink } from "./dashboard-model";

const SHOWN = 3;

/** The bottleneck of the funnel and the volume-vs-quality findings of the same scope and period. */
export function DiagnosisCard({
  scope,
  period,
  linkTo,
}: {
  scope: string;
  period: string;
  linkTo: (scope: string) => string;
}) {
  const { t } = useTranslation();
  const diagnosis = useDiagnosis({ scope, period });
  const funnel = useFunnelAnalysis({ scope, period, by: "none" });
  const more = (diagnosis.data?.findings.length ?? 0) - SHOWN;
  return (
    <WidgetCard
      title={t("dashboard.diagnosis.title")}
      subtitle={t("dashboard.diagnosis.subtitle")}
      fetching={diagnosis.isFetching || funnel.isFetching}
      actions={
        <Anchor component={Link} to={analysisLink(scope, period)} size="sm" data-testid="open-analysis">
          {t("dashboard.diagnosis.openAnalysis")}
        </Anchor>
      }
      testId="diagnosis-card"
    >
      <Stack gap="sm">
        {funnel.data && <BottleneckLine analysis={funnel.data} to={analysisLink(scope, period)} />}
        {funnel.isError && <QueryError error={funnel.error} onRetry={() => void funnel.refetch()} />}
        <Divider />
        {diagnosis.isPending && (
          <Center h={80}>
            <Loader size="sm" />
          </Center>
        )}
        {diagnosis.isError && <QueryError error={diagnosis.error} onRetry={() => void diagnosis.refetch()} />}
        {diagnosis.data && (
          <DiagnosisFindings
            findings={diagnosis.data.findings}
            currentScope={scope}
            linkTo={linkTo}
            limit={SHOWN}
          />
        )}
        {more > 0 && (
          <Anchor component={Link} to={analysisLink(scope, period, "person")} size="sm">
            {t("dashboard.diagnosis.more", { count: more })}
          </Anchor>
        )}
      </Stack>
    </WidgetCard>
  );
}
