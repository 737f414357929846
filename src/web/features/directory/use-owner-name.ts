import { useCallback } from "react";
import { useLocalizedName } from "../../i18n/use-lang";
import { useUserMap } from "./use-directory";

/** A deal carries the owner's Japanese name; the users list knows the English one. */
export function useOwnerName(): (
  ownerId: string | null | undefined,
  fallback: string | null | undefined,
) => string {
  const users = useUserMap();
  const localized = useLocalizedName();
  return useCallback(
    (ownerId, fallback) => {
      const user = ownerId ? users.get(ownerId) : undefined;
      return user ? localized(user.name, user.nameEn) : (fallback ?? "—");
    },
    [users, localized],
  );
}
