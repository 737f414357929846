import { Group, SegmentedControl, Select } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../contract/auth";
import { useLocalizedName } from "../../i18n/use-lang";
import { TeamSelect } from "../directory/pickers";
import { useUsers } from "../directory/use-directory";

type Kind = "org" | "team" | "user";

/** The scope a manager or admin looks at: the org (admins), a team, or one person. */
export function defaultScope(me: Me): string {
  if (me.role === "admin") return "org";
  if (me.role === "manager" && me.teamId) return `team:${me.teamId}`;
  return `user:${me.id}`;
}

export function KpiScopePicker({
  me,
  scope,
  onChange,
}: {
  me: Me;
  scope: string;
  onChange: (scope: string) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const fromScope = scope.split(":")[0] as Kind;
  const [kind, setKind] = useState<Kind>(fromScope);
  useEffect(() => setKind(fromScope), [fromScope]);
  const id = scope.includes(":") ? (scope.split(":")[1] ?? null) : null;
  const users = useUsers();

  const kinds: { value: Kind; label: string }[] = [
    ...(me.role === "admin" ? [{ value: "org" as const, label: t("kpiTree.scope.org") }] : []),
    { value: "team", label: t("kpiTree.scope.team") },
    { value: "user", label: t("kpiTree.scope.user") },
  ];

  return (
    <Group gap="sm" align="center" wrap="wrap">
      <SegmentedControl
        data={kinds}
        value={kind}
        onChange={(value) => {
          const next = value as Kind;
          setKind(next);
          if (next === "org") onChange("org");
          else if (next === "team" && me.teamId) onChange(`team:${me.teamId}`);
          else if (next === "user" && me.role !== "admin") onChange(`user:${me.id}`);
        }}
        aria-label={t("kpiTree.scope.label")}
        data-testid="kpi-scope-kind"
      />
      {kind === "team" && (
        <TeamSelect
          value={fromScope === "team" ? id : null}
          onChange={(teamId) => teamId && onChange(`team:${teamId}`)}
          placeholder={t("kpiTree.scope.pickTeam")}
          label={undefined}
          clearable={false}
          w={220}
          aria-label={t("kpiTree.scope.pickTeam")}
          data-testid="kpi-scope-team"
        />
      )}
      {kind === "user" && (
        <Select
          data={(users.data ?? [])
            .filter((u) => u.active && u.role !== "admin")
            .map((u) => ({ value: u.id, label: localized(u.name, u.nameEn) }))}
          value={fromScope === "user" ? id : null}
          onChange={(userId) => userId && onChange(`user:${userId}`)}
          placeholder={t("kpiTree.scope.pickUser")}
          aria-label={t("kpiTree.scope.pickUser")}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t("common.nothingFound")}
          w={220}
          data-testid="kpi-scope-user"
        />
      )}
    </Group>
  );
}
