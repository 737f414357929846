import { useCallback, useMemo } from "react";
import { useLocalizedName } from "../../i18n/use-lang";
import { useHandoffTargets } from "./use-leads";

/**
 * A person's name in the UI language. Lead answers carry names as stored (Japanese), often of
 * people outside the caller's teams (the IS rep seen by field sales): the org's active people
 * (the hand-off list) know their English names. An unknown person keeps the name as given.
 */
export function usePersonName(): (id: string | null | undefined, name: string | null | undefined) => string {
  const localized = useLocalizedName();
  const targets = useHandoffTargets();
  const { byId, byName } = useMemo(() => {
    const people = targets.data ?? [];
    return {
      byId: new Map(people.map((p) => [p.id, p] as const)),
      byName: new Map(people.map((p) => [p.name, p] as const)),
    };
  }, [targets.data]);
  return useCallback(
    (id, name) => {
      const person = (id ? byId.get(id) : undefined) ?? (name ? byName.get(name) : undefined);
      return person ? localized(person.name, person.nameEn) : (name ?? "—");
    },
    [byId, byName, localized],
  );
}
