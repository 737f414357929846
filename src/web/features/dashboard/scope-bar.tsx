import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconBuildingSkyscraper, IconUser, IconUsersGroup } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ScopeRef } from "../../../contract/dashboard";

const icons = {
  org: IconBuildingSkyscraper,
  team: IconUsersGroup,
  user: IconUser,
} as const;

function ScopeName({ scope }: { scope: ScopeRef }) {
  const Icon = icons[scope.kind];
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={16} />
      <span>{scope.name}</span>
    </Group>
  );
}

/**
 * Where the dashboard stands in the hierarchy (org → team → person, each a link up) and one click
 * down to the teams and people below it; the period picker sits on the right.
 */
export function ScopeBar({
  breadcrumb,
  below,
  linkTo,
  periodPicker,
}: {
  breadcrumb: ScopeRef[];
  /** The teams right below and the people of this team. */
  below: ScopeRef[];
  linkTo: (scope: string) => string;
  periodPicker: ReactNode;
}) {
  const { t } = useTranslation();
  const last = breadcrumb.length - 1;
  const teams = below.filter((c) => c.kind === "team");
  const people = below.filter((c) => c.kind === "user");
  const drill = (list: ScopeRef[], label: string, testId: string) =>
    list.length > 0 && (
      <Group gap={6} wrap="wrap" align="center">
        <Text size="xs" c="dimmed" fw={700} w={72}>
          {label}
        </Text>
        {list.map((c) => {
          const Icon = icons[c.kind];
          return (
            <Button
              key={c.scope}
              component={Link}
              to={linkTo(c.scope)}
              size="compact-sm"
              variant="light"
              color={c.kind === "team" ? "brand" : "gray"}
              leftSection={<Icon size={14} />}
              data-testid={testId}
              data-scope={c.scope}
            >
              {c.name}
            </Button>
          );
        })}
      </Group>
    );

  return (
    <Paper withBorder p="sm" mb="md" data-testid="dashboard-scope-bar">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Breadcrumbs
            separatorMargin={6}
            aria-label={t("dashboard.scope.breadcrumb")}
            data-testid="dashboard-breadcrumb"
          >
            {breadcrumb.map((c, i) => {
              return i === last ? (
                <Text
                  key={c.scope}
                  component="div"
                  fw={700}
                  size="md"
                  data-testid="dashboard-crumb"
                  aria-current="page"
                >
                  <ScopeName scope={c} />
                </Text>
              ) : (
                <Anchor
                  key={c.scope}
                  component={Link}
                  to={linkTo(c.scope)}
                  size="md"
                  data-testid="dashboard-crumb"
                >
                  <ScopeName scope={c} />
                </Anchor>
              );
            })}
          </Breadcrumbs>
          {periodPicker}
        </Group>
        {below.length > 0 && (
          <Stack gap={6} data-testid="dashboard-drilldown">
            {drill(teams, t("dashboard.scope.teams"), "drill-team")}
            {drill(people, t("dashboard.scope.people"), "drill-user")}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
