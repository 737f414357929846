import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export type Crumb = { label: string; to?: string };

/** Breadcrumbs, the page title (also the document title) and the page's main actions. */
export function PageHeader({
  title,
  crumbs = [],
  actions,
  subtitle,
  badges,
}: {
  title: string;
  crumbs?: Crumb[];
  actions?: ReactNode;
  subtitle?: ReactNode;
  badges?: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} | ${t("app.name")}`;
  }, [title, t]);

  return (
    <Stack gap={6} mb="md">
      {crumbs.length > 0 && (
        <Breadcrumbs separatorMargin={6} fz="xs" aria-label={t("common.breadcrumbs")}>
          {crumbs.map((c) =>
            c.to ? (
              <Anchor key={c.label} component={Link} to={c.to} size="xs" c="dimmed">
                {c.label}
              </Anchor>
            ) : (
              <Text key={c.label} size="xs" c="dimmed">
                {c.label}
              </Text>
            ),
          )}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="sm" wrap="wrap" align="center">
            <Title order={2} fz={22} style={{ wordBreak: "break-word" }} data-testid="page-title">
              {title}
            </Title>
            {badges}
          </Group>
          {subtitle && (
            <Text size="sm" c="dimmed" component="div">
              {subtitle}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
