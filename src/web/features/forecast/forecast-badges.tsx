import { Badge, type BadgeProps, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ForecastCategory, YomiRank } from "./forecast-api";

export const yomiColors: Record<YomiRank, string> = { A: "teal", B: "brand", C: "yellow", D: "gray" };
export const categoryColors: Record<ForecastCategory, string> = {
  commit: "teal",
  best_case: "brand",
  pipeline: "grape",
  omitted: "gray",
};

export function YomiBadge({ rank, ...rest }: { rank: YomiRank } & BadgeProps) {
  return (
    <Badge variant="light" color={yomiColors[rank]} w={28} px={0} {...rest}>
      {rank}
    </Badge>
  );
}

export function CategoryBadge({ category, ...rest }: { category: ForecastCategory } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={categoryColors[category]} style={{ minWidth: "max-content" }} {...rest}>
      {t(`forecast.category.${category}`)}
    </Badge>
  );
}

/** Where a chance comes from: the org's closed history, or (too little of it) the stage's probability. */
export function BasisBadge({
  basis,
  minClosed,
  ...rest
}: { basis: "history" | "stage"; minClosed?: number } & BadgeProps) {
  const { t } = useTranslation();
  const badge = (
    <Badge
      variant={basis === "history" ? "light" : "outline"}
      color={basis === "history" ? "teal" : "orange"}
      style={{ minWidth: "max-content" }}
      {...rest}
    >
      {t(`forecast.basis.${basis}`)}
    </Badge>
  );
  return (
    <Tooltip
      label={
        basis === "history"
          ? t("forecast.basis.historyHint")
          : t("forecast.basis.stageHint", { count: minClosed ?? 30 })
      }
      multiline
      w={260}
      withinPortal
    >
      {badge}
    </Tooltip>
  );
}
