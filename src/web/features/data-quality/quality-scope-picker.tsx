import { Group, SegmentedControl, Select } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../contract/auth";
import { useLocalizedName } from "../../i18n/use-lang";
import { TeamSelect } from "../directory/pickers";
import { useUsers } from "../directory/use-directory";

type Kind = "auto" | "org" | "team" | "user";

/** "org" | "team:<id>" | "user:<id>"; absent: the caller's natural scope (their team, or the org). */
export function QualityScopePicker({
  me,
  scope,
  onChange,
}: {
  me: Me;
  scope: string | undefined;
  onChange: (scope: string | null) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const fromScope = (scope?.split(":")[0] ?? "auto") as Kind;
  const [kind, setKind] = useState<Kind>(fromScope);
  // A scope chosen elsewhere (a name clicked in the table) shows here too.
  useEffect(() => {
    if (scope) setKind(fromScope);
  }, [scope, fromScope]);
  const id = scope?.includes(":") ? (scope.split(":")[1] ?? null) : null;
  const users = useUsers();

  const kinds: { value: Kind; label: string }[] = [
    { value: "auto", label: t("quality.scope.auto") },
    ...(me.role === "admin" ? [{ value: "org" as const, label: t("quality.scope.org") }] : []),
    { value: "team", label: t("quality.scope.team") },
    { value: "user", label: t("quality.scope.user") },
  ];

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        data={kinds}
        value={kind}
        onChange={(value) => {
          const next = value as Kind;
          setKind(next);
          if (next === "auto") onChange(null);
          else if (next === "org") onChange("org");
          else if (next === "team" && me.teamId) onChange(`team:${me.teamId}`);
        }}
        data-testid="quality-scope-kind"
      />
      {kind === "team" && (
        <TeamSelect
          value={fromScope === "team" ? id : null}
          onChange={(teamId) => onChange(teamId ? `team:${teamId}` : null)}
          placeholder={t("quality.scope.pickTeam")}
          label={undefined}
          clearable={false}
          w={220}
          data-testid="quality-scope-team"
        />
      )}
      {kind === "user" && (
        <Select
          data={(users.data ?? [])
            .filter((u) => u.active)
            .map((u) => ({ value: u.id, label: localized(u.name, u.nameEn) }))}
          value={fromScope === "user" ? id : null}
          onChange={(userId) => onChange(userId ? `user:${userId}` : null)}
          placeholder={t("quality.scope.pickUser")}
          searchable
          nothingFoundMessage={t("common.nothingFound")}
          w={220}
          data-testid="quality-scope-user"
        />
      )}
    </Group>
  );
}
