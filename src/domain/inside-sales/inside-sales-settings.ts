// The org's inside-sales rules (SPEC.md C7, seed 002): the lead response SLA in business minutes,
// the working hours it counts, how long field sales has to rate a hand-off, and the pick lists of
// lead channels and disqualification reasons.

export type PickItem = { key: string; label: string; labelEn: string };

export type InsideSalesSettings = {
  slaMinutes: number;
  businessHours: { start: string; end: string };
  /** Days after a hand-off within which the FS rep rates it. */
  ratingDays: number;
  channels: PickItem[];
  disqualifyReasons: PickItem[];
};

export const defaultLeadChannels: PickItem[] = [
  { key: "inbound_web", label: "インバウンド（Web）", labelEn: "Inbound (web)" },
  { key: "outbound_list", label: "アウトバウンド（リスト）", labelEn: "Outbound (list)" },
  { key: "event", label: "イベント・セミナー", labelEn: "Event / seminar" },
  { key: "referral", label: "紹介", labelEn: "Referral" },
  { key: "partner", label: "パートナー", labelEn: "Partner" },
  { key: "ad", label: "広告", labelEn: "Advertising" },
];

/** Every channel word the product knows by default: the lead channels, and renewals' existing
 *  customers (a deal channel only). Screens and files show an org's own channels from its settings. */
export const knownChannels: PickItem[] = [
  ...defaultLeadChannels,
  { key: "existing", label: "既存顧客", labelEn: "Existing customer" },
];

export const defaultDisqualifyReasons: PickItem[] = [
  { key: "no_budget", label: "予算なし", labelEn: "No budget" },
  { key: "no_need", label: "ニーズなし", labelEn: "No need" },
  { key: "bad_timing", label: "時期尚早", labelEn: "Bad timing" },
  { key: "unreachable", label: "連絡不通", labelEn: "Unreachable" },
  { key: "competitor", label: "競合決定済み", labelEn: "Chose a competitor" },
  { key: "out_of_target", label: "ターゲット外", labelEn: "Outside the target" },
];

export const defaultInsideSalesSettings: InsideSalesSettings = {
  slaMinutes: 60,
  businessHours: { start: "09:00", end: "18:00" },
  ratingDays: 7,
  channels: defaultLeadChannels,
  disqualifyReasons: defaultDisqualifyReasons,
};

export const insideSalesSettingsOf = (
  stored: Partial<InsideSalesSettings> | undefined,
): InsideSalesSettings => ({ ...defaultInsideSalesSettings, ...stored });

/** Working hours must open before they close ("09:00" < "18:00" orders like the times). */
export const validBusinessHours = ({ start, end }: { start: string; end: string }) => start < end;
