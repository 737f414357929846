import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Finding } from "../../api/analysis";
import { useFormat } from "../../i18n/format";
import { useLang } from "../../i18n/use-lang";
import { formatRate } from "../kpis/kpi-format";
import { findingKindColors, numberKind } from "./analysis-labels";

const numberLabels = [
  "actual",
  "target",
  "expectedToDate",
  "shortfall",
  "pace",
  "achievement",
  "actualRate",
  "targetRate",
  "rateAchievement",
  "fromCount",
  "toCount",
  "remainingBusinessDays",
  "neededPerBusinessDay",
] as const;
type NumberLabel = (typeof numberLabels)[number];

function FindingNumbers({ numbers }: { numbers: Finding["numbers"] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const entries = Object.entries(numbers).filter(([, v]) => v !== null);
  if (entries.length === 0) return null;
  const label = (key: string) =>
    (numberLabels as readonly string[]).includes(key) ? t(`analysis.numbers.${key as NumberLabel}`) : key;
  const value = (key: string, v: number) => {
    switch (numberKind(key)) {
      case "rate":
        return formatRate(v, f.lang, 1);
      case "yen":
        return f.yenCompact(v);
      case "count":
        return Number.isInteger(v) ? f.number(v) : v.toFixed(1);
    }
  };
  return (
    <Group gap="md" wrap="wrap" data-testid="finding-numbers">
      {entries.map(([key, v]) => (
        <Text key={key} size="xs" c="dimmed">
          {label(key)}:{" "}
          <Text span size="xs" fw={700} c="dark.6">
            {value(key, v as number)}
          </Text>
        </Text>
      ))}
    </Group>
  );
}

/**
 * The volume-vs-quality diagnosis as plain-language findings: the scope's own first, then one per
 * person, each with the numbers behind it and the typical causes to look into.
 */
export function DiagnosisFindings({
  findings,
  currentScope,
  linkTo,
  limit,
}: {
  findings: Finding[];
  currentScope: string;
  linkTo: (scope: string) => string;
  limit?: number;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = limit === undefined ? findings : findings.slice(0, limit);
  if (shown.length === 0) {
    return (
      <Text size="sm" c="dimmed" ta="center" py="md">
        {t("analysis.noFindings")}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="diagnosis-findings">
      {shown.map((finding, i) => (
        <Paper
          key={`${finding.subject.scope}-${finding.kind}-${finding.step ?? i}`}
          withBorder
          p="sm"
          radius="md"
          data-testid="diagnosis-finding"
          data-kind={finding.kind}
        >
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              {finding.subject.scope === currentScope ? (
                <Text size="sm" fw={700}>
                  {finding.subject.name}
                </Text>
              ) : (
                <Anchor component={Link} to={linkTo(finding.subject.scope)} size="sm" fw={700}>
                  {finding.subject.name}
                </Anchor>
              )}
              <Badge variant="light" color={findingKindColors[finding.kind]} style={{ flexShrink: 0 }}>
                {t(`analysis.kinds.${finding.kind}`)}
              </Badge>
            </Group>
            <Text size="sm" data-testid="finding-message">
              {lang === "en" ? finding.messageEn : finding.message}
            </Text>
            {finding.causes.length > 0 && (
              <Group gap={6} wrap="wrap">
                <Text size="xs" c="dimmed">
                  {t("analysis.causes")}
                </Text>
                {finding.causes.map((c) => (
                  <Badge key={c.key} variant="outline" color="gray" size="sm" data-testid="finding-cause">
                    {lang === "en" ? c.labelEn : c.label}
                  </Badge>
                ))}
              </Group>
            )}
            <FindingNumbers numbers={finding.numbers} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
