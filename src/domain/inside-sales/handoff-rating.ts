// The FS rep's rating of a hand-off (トスアップの質, seed 002): 1-5 with the reasons of a poor one,
// given within the org's window. Hand-off quality, a KPI of the IS rep, is the mean rating.
import { addDays } from "../calendar";

export const handoffReasons = ["bant_incomplete", "wrong_contact", "timing", "no_need", "other"] as const;
export type HandoffReason = (typeof handoffReasons)[number];

/** The last day to rate a hand-off made on `handedOffOn` (a date in the org's zone). */
export const rateByOf = (handedOffOn: string, ratingDays: number) => addDays(handedOffOn, ratingDays);

/** A rating can be given, or changed, until the window closes. */
export const canRateHandoff = (today: string, rateBy: string) => today <= rateBy;
