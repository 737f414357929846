import { Card, Group, Loader, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** One widget of a dashboard: a titled card with optional actions on the right of the title. */
export function WidgetCard({
  title,
  subtitle,
  actions,
  fetching,
  testId,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  fetching?: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" radius="md" h="100%" data-testid={testId}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Title order={3} fz="md">
              {title}
            </Title>
            {fetching && <Loader size="xs" />}
          </Group>
          {subtitle && (
            <Text size="xs" c="dimmed" mt={2} component="div">
              {subtitle}
            </Text>
          )}
        </div>
        {actions && (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
      {children}
    </Card>
  );
}
