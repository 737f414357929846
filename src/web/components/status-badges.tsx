import { Badge, type BadgeProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Stage } from "../../contract/directory";
import { useLocalizedName } from "../i18n/use-lang";

type Status = "open" | "won" | "lost";
const statusColors: Record<Status, string> = { open: "brand", won: "teal", lost: "gray" };

export function StatusBadge({ status, ...rest }: { status: Status } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} {...rest}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function StageBadge({ stage, ...rest }: { stage: Stage | undefined } & BadgeProps) {
  const localized = useLocalizedName();
  if (!stage) return null;
  const color = stage.kind === "won" ? "teal" : stage.kind === "lost" ? "gray" : "indigo";
  return (
    <Badge variant="outline" color={color} style={{ minWidth: "max-content" }} {...rest}>
      {localized(stage.name, stage.nameEn)}
    </Badge>
  );
}

const temperatureColors = { hot: "red", warm: "orange", cold: "blue" } as const;

export function TemperatureBadge({ value, ...rest }: { value: "hot" | "warm" | "cold" | null } & BadgeProps) {
  const { t } = useTranslation();
  if (!value) return null;
  return (
    <Badge variant="light" color={temperatureColors[value]} {...rest}>
      {t(`temperature.${value}`)}
    </Badge>
  );
}
