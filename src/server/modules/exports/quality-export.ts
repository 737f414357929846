// The data-quality page's tables in a file: the per-person figures and the deals to fix, exactly as
// the report computes them (null shares are empty cells).
import type { DataQuality } from "../../../contract/data-quality";
import type { Language } from "../../../contract/errors";
import { column, nameIn, staleText } from "./export-labels";
import { type ExportTable, inOneBatch, type Localized } from "./table-export";

const fieldLabels: Record<string, Localized> = {
  name: { ja: "案件名", en: "Deal name" },
  amount: { ja: "受注見込み金額", en: "Amount" },
  probability: { ja: "受注確度", en: "Probability" },
  nextMeetingDate: { ja: "次回商談日", en: "Next meeting" },
  nextMeetingPurpose: { ja: "次回目的", en: "Next meeting purpose" },
  decisionMakerId: { ja: "決裁者", en: "Decision maker" },
  minutesUrl: { ja: "議事録URL", en: "Minutes URL" },
};

const peopleColumns = [
  column("name", "担当者", "Person"),
  column("team", "チーム", "Team"),
  column("openDeals", "進行中", "Open deals", "number"),
  column("fieldCompleteness", "7項目の充足率", "Seven fields filled", "percent"),
  column("updatedWithinThreshold", "期限内の更新率", "Updated in time", "percent"),
  column("staleDeals", "停滞案件", "Stale deals", "number"),
  column("stageChanges", "ステージ変更", "Stage changes", "number"),
  column("evidenceCoverage", "証跡の提出率", "Evidence coverage", "percent"),
  column("overrides", "強制移動", "Overrides", "number"),
];

const dealColumns = [
  column("name", "案件名", "Deal name"),
  column("owner", "担当者", "Owner"),
  column("missingFields", "未入力の項目", "Missing fields"),
  column("stale", "停滞", "Stale"),
  column("updatedAt", "更新日時", "Updated", "datetime"),
  column("id", "ID", "ID"),
];

type Team = { id: string; name: string; nameEn: string | null };

export function qualityTables(report: DataQuality, teams: Team[], lang: Language): ExportTable[] {
  const teamName = (id: string | null) => {
    const team = teams.find((t) => t.id === id);
    return team ? nameIn(lang, team.name, team.nameEn) : null;
  };
  return [
    {
      key: "people",
      title: { ja: "担当者別", en: "By person" },
      columns: peopleColumns,
      batches: inOneBatch(
        report.people.map((p) => ({ ...p, name: nameIn(lang, p.name, p.nameEn), team: teamName(p.teamId) })),
      ),
    },
    {
      key: "dealsToFix",
      title: { ja: "直すべき案件", en: "Deals to fix" },
      columns: dealColumns,
      batches: inOneBatch(
        report.dealsToFix.map((d) => ({
          name: d.name,
          owner: d.ownerName,
          missingFields: d.missingFields
            .map((f) => fieldLabels[f]?.[lang] ?? f)
            .join(lang === "en" ? ", " : "、"),
          stale: staleText(d.stale, lang),
          updatedAt: d.updatedAt,
          id: d.id,
        })),
      ),
    },
  ];
}
