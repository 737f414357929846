import { Group, Text, UnstyledButton } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { setLang } from "../i18n/i18n";
import { useLang } from "../i18n/use-lang";
import classes from "./lang-switch.module.css";

/** One button that toggles ja ⇄ EN; both are shown, the active one highlighted. */
export function LangSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const next = lang === "ja" ? "en" : "ja";
  const label = next === "en" ? t("lang.switchToEn") : t("lang.switchToJa");
  return (
    <UnstyledButton
      className={classes.root}
      onClick={() => {
        setLang(next);
        // Names and findings come from the server in the request's language: fetch them again.
        void queryClient.invalidateQueries();
      }}
      data-testid="lang-switch"
      data-lang={lang}
      aria-label={label}
      title={label}
    >
      <Group gap={0} wrap="nowrap">
        <Text component="span" className={classes.option} data-active={lang === "ja" || undefined}>
          {t("lang.ja")}
        </Text>
        <Text component="span" className={classes.option} data-active={lang === "en" || undefined}>
          {t("lang.en")}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
