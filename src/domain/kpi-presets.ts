// Phase presets (seed 002): launch chases volume, growth adds efficiency, mature weighs revenue.
// Seed items the catalogue cannot measure yet (list completion, LTV, CAC, forecast accuracy) are
// left out rather than faked.

export type PresetKey = "launch" | "growth" | "mature";
export type PhasePreset = {
  key: PresetKey;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  kpis: { kpiKey: string; stars: 1 | 2 | 3 }[];
};

export const phasePresets: PhasePreset[] = [
  {
    key: "launch",
    name: "立ち上げ期（0-6ヶ月）",
    nameEn: "Launch (0-6 months)",
    description: "まず活動量を確保し、データを蓄積する。行動KPIを重視。",
    descriptionEn: "Secure activity volume first and build up data: action KPIs come first.",
    kpis: [
      { kpiKey: "calls", stars: 3 },
      { kpiKey: "connectRate", stars: 2 },
      { kpiKey: "meetingsSet", stars: 2 },
      { kpiKey: "meetingSetRate", stars: 1 },
    ],
  },
  {
    key: "growth",
    name: "成長期（6ヶ月-1年）",
    nameEn: "Growth (6-12 months)",
    description: "量に加えて効率と質を追う。商談化率と有効商談数を重視。",
    descriptionEn: "Add efficiency and quality to volume: meeting-set rate and meetings held come first.",
    kpis: [
      { kpiKey: "meetingSetRate", stars: 3 },
      { kpiKey: "meetings", stars: 3 },
      { kpiKey: "bantCompletion", stars: 2 },
      { kpiKey: "handoffQuality", stars: 2 },
      { kpiKey: "effectiveContactRate", stars: 2 },
      { kpiKey: "revenue", stars: 1 },
    ],
  },
  {
    key: "mature",
    name: "成熟期（1年以降）",
    nameEn: "Mature (1 year+)",
    description: "収益性を重視。受注貢献額と受注率で評価する。",
    descriptionEn: "Weigh profitability: revenue contribution and win rate come first.",
    kpis: [
      { kpiKey: "revenue", stars: 3 },
      { kpiKey: "winRate", stars: 3 },
      { kpiKey: "averageDealSize", stars: 2 },
      { kpiKey: "salesCycle", stars: 1 },
    ],
  },
];
