// Pick lists for realistic Japanese B2B demo records: industries, regions, company sizes and the
// phrases reps actually type (needs, objections, BANT notes).

export type Industry = {
  label: string;
  weight: number;
  /** Company-name suffixes: [ja, romaji]. */
  suffixes: readonly (readonly [string, string])[];
  /** Per-stage multiplier of the chance to move forward (segment differences for analysis). */
  winFactor: number;
  /** Multiplier of the time spent in each stage. */
  cycleFactor: number;
};

export const industries: readonly Industry[] = [
  {
    label: "製造",
    weight: 22,
    winFactor: 1.0,
    cycleFactor: 1.1,
    suffixes: [
      ["工業", "kogyo"],
      ["精機", "seiki"],
      ["製作所", "seisakusho"],
      ["電機", "denki"],
      ["化学", "kagaku"],
    ],
  },
  {
    label: "IT・通信",
    weight: 18,
    winFactor: 1.04,
    cycleFactor: 0.8,
    suffixes: [
      ["システム", "system"],
      ["ソリューションズ", "solutions"],
      ["テクノロジーズ", "tech"],
      ["ネットワークス", "networks"],
      ["ソフト", "soft"],
    ],
  },
  {
    label: "小売",
    weight: 8,
    winFactor: 0.98,
    cycleFactor: 0.9,
    suffixes: [
      ["商事", "shoji"],
      ["ストア", "store"],
      ["リテール", "retail"],
    ],
  },
  {
    label: "卸売",
    weight: 8,
    winFactor: 1.0,
    cycleFactor: 1.0,
    suffixes: [
      ["商会", "shokai"],
      ["物産", "bussan"],
      ["産業", "sangyo"],
    ],
  },
  {
    label: "金融",
    weight: 6,
    winFactor: 0.95,
    cycleFactor: 1.4,
    suffixes: [
      ["キャピタル", "capital"],
      ["リース", "lease"],
      ["証券", "shoken"],
    ],
  },
  {
    label: "建設・不動産",
    weight: 10,
    winFactor: 0.99,
    cycleFactor: 1.1,
    suffixes: [
      ["建設", "kensetsu"],
      ["工務店", "komuten"],
      ["不動産", "fudosan"],
      ["ハウジング", "housing"],
    ],
  },
  {
    label: "医療・福祉",
    weight: 7,
    winFactor: 0.96,
    cycleFactor: 1.25,
    suffixes: [
      ["メディカル", "medical"],
      ["ケアサービス", "care"],
      ["ヘルスケア", "healthcare"],
    ],
  },
  {
    label: "物流",
    weight: 7,
    winFactor: 1.01,
    cycleFactor: 1.0,
    suffixes: [
      ["運輸", "unyu"],
      ["ロジスティクス", "logistics"],
      ["物流", "butsuryu"],
    ],
  },
  {
    label: "人材",
    weight: 6,
    winFactor: 1.03,
    cycleFactor: 0.85,
    suffixes: [
      ["キャリア", "career"],
      ["スタッフィング", "staffing"],
      ["ヒューマンリソース", "hr"],
    ],
  },
  {
    label: "食品",
    weight: 4,
    winFactor: 0.99,
    cycleFactor: 1.0,
    suffixes: [
      ["フーズ", "foods"],
      ["食品", "shokuhin"],
      ["製菓", "seika"],
    ],
  },
  {
    label: "教育",
    weight: 2,
    winFactor: 0.97,
    cycleFactor: 1.2,
    suffixes: [
      ["エデュケーション", "education"],
      ["アカデミー", "academy"],
    ],
  },
  {
    label: "サービス",
    weight: 2,
    winFactor: 1.0,
    cycleFactor: 0.9,
    suffixes: [
      ["サービス", "service"],
      ["プランニング", "planning"],
    ],
  },
];

/** Prefecture, weight, sales region (the FS team that covers it) and the phone area code. */
export const prefectures: readonly (readonly [string, number, string, string])[] = [
  ["東京都", 34, "東京", "03"],
  ["神奈川県", 8, "東京", "045"],
  ["埼玉県", 4, "東京", "048"],
  ["千葉県", 4, "東京", "043"],
  ["茨城県", 1, "東京", "029"],
  ["大阪府", 12, "大阪", "06"],
  ["京都府", 3, "大阪", "075"],
  ["兵庫県", 4, "大阪", "078"],
  ["愛知県", 8, "名古屋", "052"],
  ["静岡県", 3, "名古屋", "054"],
  ["福岡県", 5, "福岡", "092"],
  ["熊本県", 1, "福岡", "096"],
  ["北海道", 3, "札幌", "011"],
  ["宮城県", 2, "仙台", "022"],
  ["広島県", 2, "広島", "082"],
  ["新潟県", 1, "東京", "025"],
];

export const sizeBands = ["1-49", "50-299", "300-999", "1000+"] as const;
export type SizeBand = (typeof sizeBands)[number];
export const sizeBandWeights = [25, 40, 22, 13];
export function sizeBandAt(index: number | undefined): SizeBand {
  return sizeBands[index ?? 1] ?? "50-299";
}
/** Median deal amount (yen) and cycle multiplier per size band. */
export const sizeBandDeal: Record<SizeBand, { median: number; cycle: number }> = {
  "1-49": { median: 900_000, cycle: 0.7 },
  "50-299": { median: 2_400_000, cycle: 1.0 },
  "300-999": { median: 5_500_000, cycle: 1.3 },
  "1000+": { median: 11_000_000, cycle: 1.7 },
};

export const accountNeeds = [
  "Excelでの案件管理が属人化しており、進捗が見えない",
  "営業会議が報告会になっている。数字に基づく打ち手を決めたい",
  "インサイドセールス部門を立ち上げたい",
  "リードへの初回対応が遅く、取りこぼしが多い",
  "着地予測の精度を上げたい（毎月の見込みが外れる）",
  "停滞案件を早く見つけてマネージャーがフォローしたい",
  "KPIを行動量まで分解して日々管理したい",
  "新人の立ち上がりに時間がかかる。勝ちパターンを標準化したい",
  "複数拠点の営業状況を一元管理したい",
  "SFAを導入したが入力が定着しなかった",
];

export const accountNotes = [
  "前回の提案では価格面で難色を示された。",
  "競合ツールを試用中との情報あり。",
  "担当者は前向きだが、決裁者の関心は低い。",
  "情報システム部門のセキュリティ審査が厳しい。",
  "年度末（3月）に予算が確定する。",
  "過去に他社SFAの導入に失敗した経験があり慎重。",
  "展示会で名刺交換。資料送付済み。",
  "紹介元：既存顧客の営業部長。",
  "電話よりメールでの連絡を希望。",
  "現場の入力負担を特に気にしている。",
];

export const decisionProcesses: Record<SizeBand, readonly string[]> = {
  "1-49": ["代表取締役が即決", "担当者 → 代表取締役"],
  "50-299": ["担当者 → 営業部長 → 社長決裁", "営業部長が決裁（300万円未満）、以上は役員会"],
  "300-999": ["担当者 → 課長 → 部長 → 役員会で稟議（月1回）", "情報システム部の審査後、営業本部長が決裁"],
  "1000+": [
    "現場 → 部長 → 本部長 → 経営会議で稟議（四半期）",
    "購買部門の相見積もり必須。情報システム部のセキュリティ審査あり",
  ],
};

export const contactTitles = {
  decision_maker: ["代表取締役社長", "取締役 営業本部長", "執行役員 営業統括", "営業部長"],
  influencer: ["営業企画部 課長", "情報システム部 部長", "経営企画室 室長"],
  champion: ["営業部 主任", "営業企画 リーダー", "インサイドセールス課 課長"],
  user: ["営業部 担当", "営業部 チームリーダー", "カスタマーサクセス 担当"],
  gatekeeper: ["総務部 担当", "秘書室", "管理部 担当"],
} as const;

export const bantPhrases = {
  budget: [
    "年間300万円程度で予算化済み",
    "来期予算で検討（未確定）",
    "月額20万円以内",
    "上限500万円（期初に確保済み）",
    "部門予算から捻出予定",
  ],
  authority: [
    "営業本部長が決裁（稟議あり）",
    "代表取締役が最終決裁",
    "部長決裁（500万円未満）",
    "役員会で決裁",
  ],
  need: [
    "案件管理の属人化を解消したい",
    "パイプラインの可視化と予実管理",
    "インサイドセールスの立ち上げ",
    "停滞案件の早期発見",
    "KPI管理の仕組み化",
  ],
  timing: [
    "来期（4月）から利用開始したい",
    "3ヶ月以内に導入",
    "年内に比較検討",
    "半年以内",
    "下期から段階的に導入",
  ],
} as const;

export const newBusinessProducts = [
  "ススムクラウド スタンダード 導入",
  "ススムクラウド エンタープライズ 導入",
  "ススムクラウド 導入支援コンサルティング",
  "営業KPI設計・定着支援パッケージ",
  "インサイドセールス立ち上げ支援",
];
export const renewalProducts = ["年間契約更新", "ID追加", "上位プランへの移行", "データ連携オプション追加"];

export const nextMeetingPurposes: Record<string, readonly string[]> = {
  lead: ["初回ヒアリング", "会社紹介と課題の確認"],
  first_meeting: ["課題整理と要件の確認", "現場担当者へのヒアリング"],
  problem_agreed: ["提案内容の説明", "決裁者同席での課題共有"],
  proposal: ["見積内容の調整", "決裁者への提案説明"],
  closing: ["契約条件の最終確認", "稟議状況の確認"],
  renewal_opportunity: ["利用状況の振り返り", "更新条件の確認"],
  renewal_proposal: ["追加提案の説明", "見積内容の調整"],
  renewal_agreement: ["稟議状況の確認", "契約書の確認"],
};

/** Keys of the default disqualification reasons (domain/inside-sales), "unreachable" first. */
export const disqualifyReasons = ["unreachable", "no_need", "no_budget", "competitor", "out_of_target"];

export const taskTitles = [
  "提案書ドラフトを作成",
  "見積書の社内承認を取る",
  "決裁者との面談日程を調整",
  "議事録を共有",
  "導入事例資料を送付",
  "稟議用資料の作成を支援",
  "次回商談のアジェンダを送付",
  "トライアル環境を準備",
];
export const isTaskTitles = [
  "インバウンドリードへ折り返し",
  "展示会リードへフォローメール",
  "ナーチャリング対象リストの見直し",
  "トークスクリプトの改善案を共有",
];
