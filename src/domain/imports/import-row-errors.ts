// The codes of the per-row report, with their messages in Japanese and English.

export const importRowErrors = {
  REQUIRED: { ja: "必須項目が空です。", en: "A required value is empty." },
  INVALID_DATE: {
    ja: "日付として読めません（例: 2026/04/01, 2026年4月1日, 2026-04-01）。",
    en: "Not a date (e.g. 2026/04/01, 2026年4月1日, 2026-04-01).",
  },
  INVALID_NUMBER: {
    ja: "数値として読めません（例: 1,200,000 / ¥1,200,000 / 1200000円）。",
    en: "Not a number (e.g. 1,200,000 / ¥1,200,000 / 1200000円).",
  },
  INVALID_BOOLEAN: {
    ja: "真偽値として読めません（1/0, TRUE/FALSE, はい/いいえ）。",
    en: "Not a yes/no value (1/0, TRUE/FALSE, yes/no).",
  },
  OUT_OF_RANGE: {
    ja: "値が範囲外です（受注確度は0〜100）。",
    en: "The value is out of range (probability is 0-100).",
  },
  TOO_LONG: { ja: "文字数が上限を超えています。", en: "The text is too long." },
  INVALID_TEXT: { ja: "使用できない制御文字が含まれています。", en: "The text contains control characters." },
  UNKNOWN_VALUE: { ja: "選択肢にない値です。", en: "The value is not one of the choices." },
  UNKNOWN_STAGE: {
    ja: "パイプラインにないステージ名です。マッピングでステージを割り当ててください。",
    en: "No stage of the pipeline has this name. Map it to a stage in the mapping step.",
  },
  UNKNOWN_ACCOUNT: {
    ja: "一致する顧客がないか、あなたが更新できる顧客ではありません（先に顧客を取り込んでください）。",
    en: "No account you may change matches (import the accounts first).",
  },
  UNKNOWN_DEAL: { ja: "外部IDに一致する案件がありません。", en: "No deal has this external ID." },
  DUPLICATE_EXTERNAL_ID: {
    ja: "同じ外部IDの行がファイル内で重複しています（最初の行のみ有効）。",
    en: "Another row of the file has the same external ID (only the first counts).",
  },
  OUT_OF_SCOPE: {
    ja: "この外部IDのレコードは、あなたが更新できる範囲にありません。",
    en: "The record with this external ID is outside what you may change.",
  },
  OWNER_OUT_OF_SCOPE: {
    ja: "担当者があなたの管理するチームに所属していません。",
    en: "The owner is not in a team you manage.",
  },
  OWNER_INACTIVE: {
    ja: "担当者にチームが設定されていないか、無効なユーザーです。",
    en: "The owner has no team or is inactive.",
  },
} as const;

export type ImportRowErrorCode = keyof typeof importRowErrors;

export type ImportRowError = {
  row: number;
  column: string | null;
  code: ImportRowErrorCode;
  value: string | null;
};
