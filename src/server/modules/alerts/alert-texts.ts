// What an alert says, in Japanese and English, with its numbers: the inbox, the e-mail and the Slack
// message all show these.
import type { DealStale, MeetingPassed } from "../../../domain/alerts/deal-alerts";
import type { ForecastBelowTarget } from "../../../domain/alerts/forecast-below-target";
import type { KpiBelowMinimum } from "../../../domain/alerts/kpi-below-minimum";
import type { LeadUnanswered } from "../../../domain/alerts/lead-unanswered";
import type { PaceBehind } from "../../../domain/alerts/pace-behind";

export type AlertTexts = { title: string; titleEn: string; message: string; messageEn: string };
export type Named = { ja: string; en: string };

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const number = (value: number) => (Math.round(value * 10) / 10).toLocaleString("en-US");
const yen = (value: number) => `¥${Math.round(value).toLocaleString("ja-JP")}`;

/** A KPI's value as its unit shows it. */
export function valueText(value: number, unit: string) {
  switch (unit) {
    case "yen":
      return yen(value);
    case "ratio":
      return percent(value);
    default:
      return number(value);
  }
}

const timeIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat("ja-JP", {
    timeZone,
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);

export function dealStaleTexts(deal: string, f: DealStale): AlertTexts {
  return {
    title: `案件「${deal}」が${f.daysSinceUpdate}日間更新されていません`,
    titleEn: `Deal "${deal}" has not been updated for ${f.daysSinceUpdate} days`,
    message: `最終更新から${f.daysSinceUpdate}日（基準 ${f.thresholdDays}日）、次の予定もありません。次の一手を登録してください。`,
    messageEn: `${f.daysSinceUpdate} days since the last update (threshold ${f.thresholdDays}) and nothing planned. Plan the next step.`,
  };
}

export function meetingPassedTexts(deal: string, f: MeetingPassed): AlertTexts {
  return {
    title: `案件「${deal}」の次回商談日（${f.nextMeetingDate}）を${f.daysPassed}日過ぎています`,
    titleEn: `The next meeting of "${deal}" (${f.nextMeetingDate}) was ${f.daysPassed} days ago`,
    message: "商談の結果を記録し、次回商談日を更新してください。",
    messageEn: "Log the meeting's outcome and set the next meeting date.",
  };
}

export function paceBehindTexts(person: Named, kpi: Named, unit: string, f: PaceBehind): AlertTexts {
  const of = `${valueText(f.actual, unit)} / ${valueText(f.weeklyTarget, unit)}`;
  return {
    title: `${person.ja}さんの今週の${kpi.ja}が週目標の${percent(f.share)}です`,
    titleEn: `${person.en}'s ${kpi.en} this week is at ${percent(f.share)} of the weekly target`,
    message: `${f.businessDays}営業日中${f.elapsedBusinessDays}日目で ${of}（${percent(f.minShare)}未満で通知）。`,
    messageEn: `${of} on business day ${f.elapsedBusinessDays} of ${f.businessDays} (alert below ${percent(f.minShare)}).`,
  };
}

export function kpiBelowMinimumTexts(
  scope: Named,
  kpi: Named,
  unit: string,
  period: string,
  f: KpiBelowMinimum,
): AlertTexts {
  const actual = valueText(f.actual, unit);
  const minimum = valueText(f.minimum, unit);
  const paced = f.comparison === "paced";
  return {
    title: `${scope.ja}の${kpi.ja}が最低ラインを下回っています（${period}）`,
    titleEn: `${kpi.en} of ${scope.en} is below its minimum (${period})`,
    message: paced
      ? `実績 ${actual}。最低目標 ${minimum} の経過営業日${percent(f.elapsedShare)}分 ${valueText(f.threshold, unit)} に届いていません。`
      : `実績 ${actual} が最低目標 ${minimum} を下回っています。`,
    messageEn: paced
      ? `${actual} so far, short of ${valueText(f.threshold, unit)}: the minimum ${minimum} × ${percent(f.elapsedShare)} of the business days gone.`
      : `${actual}, against the minimum ${minimum}.`,
  };
}

export function leadUnansweredTexts(company: string, timeZone: string, f: LeadUnanswered): AlertTexts {
  const due = timeIn(f.dueAt, timeZone);
  return {
    title: `リード「${company}」が${f.businessMinutesWaiting}分（営業時間）未対応です`,
    titleEn: `Lead "${company}" unanswered for ${f.businessMinutesWaiting} business minutes`,
    message: `対応期限（${due}）を過ぎています。電話かメールで初回対応してください。`,
    messageEn: `It was due by ${due}. Call or e-mail them first.`,
  };
}

export function forecastBelowTargetTexts(scope: Named, period: string, f: ForecastBelowTarget): AlertTexts {
  const figures = `P50 ${yen(f.p50)} / 目標 ${yen(f.target)}`;
  return {
    title: `${scope.ja}の着地予測（P50）が目標を${percent(f.shortfallShare)}下回っています（${period}）`,
    titleEn: `The landing forecast (P50) of ${scope.en} is ${percent(f.shortfallShare)} below target (${period})`,
    message: `${figures}、不足 ${yen(f.shortfall)}。`,
    messageEn: `P50 ${yen(f.p50)} against the target ${yen(f.target)}: ${yen(f.shortfall)} short.`,
  };
}
