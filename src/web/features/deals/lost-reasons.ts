import { useCallback } from "react";
import { useLocalizedName } from "../../i18n/use-lang";
import { useMe } from "../auth/use-me";

export type LostReason = { key: string; label: string; labelEn: string };

/** The org's lost-reason pick list (GET /me → org.lostReasons), the one the server checks against. */
export function useLostReasons(): { reasons: LostReason[]; label: (key: string | null) => string | null } {
  const me = useMe();
  const localized = useLocalizedName();
  const reasons = me.org.lostReasons;
  const label = useCallback(
    (key: string | null) => {
      if (!key) return null;
      const item = reasons.find((r) => r.key === key);
      return item ? localized(item.label, item.labelEn) : key;
    },
    [localized, reasons],
  );
  return { reasons, label };
}
