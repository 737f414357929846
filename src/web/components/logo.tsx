import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The mark and the product name. */
export function Logo({ size = 28, withJapanese = false }: { size?: number; withJapanese?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="var(--mantine-color-brand-7)" />
        <path
          d="M9 22l7-12 7 12"
          fill="none"
          stroke="#fff"
          strokeWidth="3.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <Text fw={800} fz={size * 0.68} lh={1} c="dark.8" style={{ letterSpacing: "-0.01em" }}>
        {t("app.name")}
        {withJapanese && (
          <Text span inherit fw={700} c="brand.7" ml={8}>
            {t("app.nameJa")}
          </Text>
        )}
      </Text>
    </Group>
  );
}
