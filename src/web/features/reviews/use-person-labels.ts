import { useCallback, useMemo } from "react";
import { useLocalizedName } from "../../i18n/use-lang";
import { useStageMap, useTeams, useUserMap } from "../directory/use-directory";

/** A person of the sheet's figures with their name and team in the UI language (the sheet keeps Japanese). */
export function usePersonLabels() {
  const users = useUserMap();
  const teams = useTeams();
  const localized = useLocalizedName();
  const teamById = useMemo(() => new Map((teams.data ?? []).map((t) => [t.id, t] as const)), [teams.data]);
  return useCallback(
    (userId: string, name: string, teamName: string | null) => {
      const user = users.get(userId);
      const team = user?.teamId ? teamById.get(user.teamId) : undefined;
      return {
        name: user ? localized(user.name, user.nameEn) : name,
        teamName: team ? localized(team.name, team.nameEn) : teamName,
      };
    },
    [users, teamById, localized],
  );
}

/** The forecast's deals carry owner and stage names only (Japanese): their names in the UI language. */
export function useNamesByJapanese() {
  const users = useUserMap();
  const stages = useStageMap();
  const localized = useLocalizedName();
  return useMemo(() => {
    const people = new Map([...users.values()].map((u) => [u.name, localized(u.name, u.nameEn)] as const));
    const steps = new Map([...stages.values()].map((s) => [s.name, localized(s.name, s.nameEn)] as const));
    return {
      person: (name: string) => people.get(name) ?? name,
      stage: (name: string) => steps.get(name) ?? name,
    };
  }, [users, stages, localized]);
}
