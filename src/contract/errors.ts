// The closed set of API error codes, with a message in each language. The HTTP status of each code
// lives in one map in the server's error handler.
export const errorMessages = {
  VALIDATION_FAILED: { ja: "入力内容に誤りがあります。", en: "The request is not valid." },
  UNAUTHENTICATED: { ja: "ログインしてください。", en: "Please log in." },
  INVALID_CREDENTIALS: {
    ja: "メールアドレスまたはパスワードが正しくありません。",
    en: "The e-mail address or password is incorrect.",
  },
  CSRF_TOKEN_INVALID: {
    ja: "セキュリティトークンが無効です。ページを再読み込みしてください。",
    en: "The security token is missing or invalid. Please reload the page.",
  },
  FORBIDDEN: { ja: "この操作を行う権限がありません。", en: "You are not allowed to do this." },
  NOT_FOUND: { ja: "対象が見つかりません。", en: "Not found." },
  VERSION_CONFLICT: {
    ja: "他のユーザーが先に更新しました。最新の内容を読み込んでから、もう一度保存してください。",
    en: "Someone else updated this record first. Reload the latest version and save again.",
  },
  INVALID_REFERENCE: {
    ja: "指定された関連データが存在しないか、参照できません。",
    en: "A referenced record does not exist or is not visible to you.",
  },
  STAGE_GATE_UNMET: {
    ja: "ステージの入場条件・必要証跡・必須項目が満たされていません。",
    en: "The stage's entry conditions, required evidence or required fields are not met.",
  },
  PROBABILITY_REASON_REQUIRED: {
    ja: "受注確度をステージの標準値から変更する場合は、理由を入力してください。",
    en: "A probability different from the stage default needs a reason.",
  },
  PIPELINE_INVALID: {
    ja: "パイプラインの設定が正しくありません（進行中ステージ1つ以上、受注・失注ステージ各1つ、キーの重複なし）。",
    en: "The pipeline is not valid: it needs at least one open stage, exactly one won and one lost stage, and unique keys.",
  },
  STAGE_IN_USE: {
    ja: "案件が存在するステージは削除できません。先に案件を別のステージへ移動してください。",
    en: "A stage that still holds deals cannot be removed. Move its deals to another stage first.",
  },
  PLAN_RATE_UNUSABLE: {
    ja: "逆算に必要な率が0または実績データなしのため計算できません。率を入力してください。",
    en: "A rate the plan needs is zero or has no history. Enter the rate to compute the plan.",
  },
  PERIOD_INVALID: {
    ja: "期間の指定が正しくありません（例: 2026-12, 2026-W49, FY2026-Q3, FY2026）。",
    en: "The period is not valid (e.g. 2026-12, 2026-W49, FY2026-Q3, FY2026).",
  },
  REVISION_REASON_REQUIRED: {
    ja: "期間開始後の目標変更には、修正理由（区分と内容）が必要です。",
    en: "Changing a target after its period has started needs a revision reason (category and text).",
  },
  ALLOCATION_MISMATCH: {
    ja: "メンバーへの配分の合計がチーム目標と一致しません。",
    en: "The members' parts do not add up to the team's target.",
  },
  FORMULA_INVALID: {
    ja: "KPIの式が正しくありません（指標、指標 / 指標、median(指標)、mean(指標) のいずれか）。",
    en: "The KPI formula is not valid (a metric, metric / metric, median(measure) or mean(measure)).",
  },
  ACTIVITY_OUTCOME_INVALID: {
    ja: "この種類の行動には使えない結果です（架電・メール・商談で選べる結果が異なります）。",
    en: "This outcome does not apply to this kind of activity (calls, emails and meetings have their own).",
  },
  LEAD_STATUS_INVALID: {
    ja: "このステータスには変更できません（新規→対応中→有望→トスアップ済み、または対象外）。",
    en: "The lead cannot move to this status (new → working → qualified → handed off, or disqualified).",
  },
  DISQUALIFY_REASON_REQUIRED: {
    ja: "対象外にするには、理由を一覧から選んでください。",
    en: "Disqualifying a lead needs a reason from the list.",
  },
  LEAD_CHANNEL_UNKNOWN: {
    ja: "リードの流入経路が設定にありません。設定のチャネル一覧から選んでください。",
    en: "The lead channel is not one of the org's channels.",
  },
  LEAD_ALREADY_HANDED_OFF: {
    ja: "このリードはすでにトスアップ済みです。",
    en: "This lead has already been handed off.",
  },
  LEAD_NOT_OPEN: {
    ja: "対象外のリードはトスアップできません。先に対応中へ戻してください。",
    en: "A disqualified lead cannot be handed off. Reopen it first.",
  },
  HANDOFF_RATING_CLOSED: {
    ja: "トスアップの評価期限を過ぎています。",
    en: "The rating window of this hand-off has closed.",
  },
  DEAL_NOT_STALE: {
    ja: "この案件は停滞していません。",
    en: "This deal is not stale.",
  },
  TASK_ALREADY_OPEN: {
    ja: "同じ内容の未完了タスクが既にあります。そちらを進めてください。",
    en: "An open task for the same item already exists; work on that one.",
  },
  SETTINGS_INVALID: {
    ja: "設定値が正しくありません（営業時間は開始が終了より前、一覧のキーは重複なし）。",
    en: "The settings are not valid (working hours must start before they end; list keys must be unique).",
  },
  RATE_LIMITED: {
    ja: "リクエストが多すぎます。しばらくしてから再度お試しください。",
    en: "Too many requests. Please wait a moment and try again.",
  },
  TOKEN_SCOPE_INSUFFICIENT: {
    ja: "このAPIトークンは読み取り専用です。書き込みには write 権限のトークンを使ってください。",
    en: "This API token is read-only. Use a token with the write scope to make changes.",
  },
  IMPORT_FILE_MISSING: {
    ja: "ファイルが添付されていません（multipart の file）。",
    en: "No file was attached (the multipart `file` part).",
  },
  IMPORT_FILE_UNREADABLE: {
    ja: "ファイルを読み取れません。CSV（UTF-8 / Shift-JIS）または Excel（.xlsx）を指定してください。",
    en: "The file cannot be read. Upload a CSV (UTF-8 or Shift-JIS) or an Excel (.xlsx) file.",
  },
  IMPORT_COLUMNS_MISSING: {
    ja: "必須項目に対応する列がファイルにありません。列の対応付けを確認してください。",
    en: "The file has no column for a required field. Check the column mapping.",
  },
  IMPORT_INVALID_ROWS: {
    ja: "エラーのある行があるため、取り込みを行いませんでした（1件も書き込まれていません）。エラー一覧を確認してください。",
    en: "Some rows are invalid, so nothing was imported. See the row report.",
  },
  IMPORT_CANCELLED: {
    ja: "取り込みは中止されました。何も書き込まれていません。",
    en: "The import was cancelled; nothing was written.",
  },
  IMPORT_FINISHED: { ja: "この取り込みはすでに終了しています。", en: "This import has already finished." },
  REVIEW_LOCKED: {
    ja: "このレビューシートはロックされています。決定事項は変更できません（アクションの進捗と結果、コメントは記入できます）。",
    en: "This review sheet is locked: what was decided cannot change (actions can still be followed up, and comments added).",
  },
  REVIEW_PERIOD_INVALID: {
    ja: "シートの種類と期間が合いません（日報は日: 2026-12-04、週次は週: 2026-W49、月次は月: 2026-12）。",
    en: "The period does not fit the sheet (daily: a day, 2026-12-04; weekly: a week, 2026-W49; monthly: a month, 2026-12).",
  },
  INTERNAL: { ja: "サーバーでエラーが発生しました。", en: "An internal error occurred." },
  DATABASE_UNAVAILABLE: { ja: "データベースに接続できません。", en: "The database is not reachable." },
} as const;

export type ErrorCode = keyof typeof errorMessages;
export type Language = "ja" | "en";

export type ApiErrorBody = {
  error: { code: ErrorCode; message: string; details?: unknown };
};
