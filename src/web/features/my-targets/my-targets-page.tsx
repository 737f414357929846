import { Anchor, Box, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";
import { DailyTargetsCard } from "./daily-targets-card";

/** 今日の目標 (SPEC C3, seed 002's daily sheet): the day's action targets for everyone. */
export function MyTargetsPage() {
  const { t } = useTranslation();
  return (
    <Box data-testid="my-targets-page">
      <PageHeader
        title={t("myTargets.pageTitle")}
        crumbs={[{ label: t("nav.sections.sales") }, { label: t("myTargets.pageTitle") }]}
        subtitle={t("myTargets.subtitle")}
      />
      <Stack gap="md">
        <DailyTargetsCard />
        <Text size="sm" c="dimmed">
          {t("myTargets.whereFrom")}{" "}
          <Anchor component={Link} to="/kpi-tree" size="sm">
            {t("nav.items.kpi")}
          </Anchor>
        </Text>
      </Stack>
    </Box>
  );
}

export default MyTargetsPage;
