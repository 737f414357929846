// The words files use for activity kinds and outcomes, lead channels and statuses, and decision
// roles (Susumu's keys, Japanese labels, Salesforce and HubSpot values), read to Susumu's keys.
import { stageNameKey as wordKey } from "./stage-matching";

type Vocabulary<T extends string> = Record<T, string[]>;

function reader<T extends string>(vocabulary: Vocabulary<T>) {
  const map = new Map<string, T>();
  for (const [key, words] of Object.entries(vocabulary) as [T, string[]][]) {
    for (const word of [key, ...words]) map.set(wordKey(word), key);
  }
  return (value: string): T | undefined => map.get(wordKey(value));
}

export const readActivityKind = reader({
  call: ["電話", "架電", "コール", "call", "phone", "phone call"],
  email: ["メール", "eメール", "e-mail", "email"],
  visit: ["訪問", "対面", "visit", "in person"],
  online_meeting: ["商談", "オンライン商談", "web会議", "meeting", "online meeting", "event"],
  other: ["その他", "メモ", "タスク", "note", "task", "todo", "other"],
});

export const readCallOutcome = reader({
  not_reached: [
    "不通",
    "不在",
    "留守電",
    "no answer",
    "busy",
    "wrong number",
    "left voicemail",
    "left live message",
    "not reached",
  ],
  reached: ["接続", "通話", "connected", "reached"],
  effective_contact: ["有効コンタクト", "有効接触", "effective contact"],
  appointment_set: ["アポ獲得", "アポイント獲得", "商談設定", "meeting set", "appointment set"],
});

export const readEmailOutcome = reader({
  sent: ["送信", "送信済み", "sent"],
  opened: ["開封", "opened"],
  clicked: ["クリック", "clicked"],
  replied: ["返信", "replied"],
});

export const readMeetingOutcome = reader({
  scheduled: ["予定", "scheduled", "rescheduled"],
  held: ["実施", "実施済み", "completed", "held"],
  cancelled: ["キャンセル", "中止", "cancelled", "canceled", "no show"],
});

/** A lead channel of the org's list: its key or either label, else the usual words for the default
 *  channels (when the org still lists that channel). */
export function createLeadChannelReader(channels: { key: string; label: string; labelEn: string }[]) {
  const own = new Map<string, string>();
  for (const c of channels) for (const word of [c.key, c.label, c.labelEn]) own.set(wordKey(word), c.key);
  const keys = new Set(channels.map((c) => c.key));
  return (value: string): string | undefined => {
    const word = own.get(wordKey(value));
    if (word) return word;
    const usual = readLeadChannel(value);
    return usual && keys.has(usual) ? usual : undefined;
  };
}

const readLeadChannel = reader({
  inbound_web: [
    "インバウンド",
    "web",
    "webサイト",
    "問い合わせ",
    "資料請求",
    "inbound",
    "website",
    "web form",
    "organic search",
    "direct traffic",
    "social media",
    "email marketing",
  ],
  outbound_list: ["アウトバウンド", "リスト", "テレアポ", "outbound", "purchased list", "cold call", "list"],
  event: ["イベント", "セミナー", "展示会", "ウェビナー", "event", "seminar", "trade show", "webinar"],
  referral: ["紹介", "referral", "employee referral", "external referral", "word of mouth"],
  partner: ["パートナー", "代理店", "partner", "partner referral"],
  ad: ["広告", "ad", "advertisement", "paid search", "paid social", "offline sources"],
});

export const readLeadStatus = reader({
  new: ["新規", "未対応", "new", "open - not contacted", "open"],
  working: [
    "対応中",
    "架電中",
    "working",
    "working - contacted",
    "in progress",
    "attempted to contact",
    "connected",
    "mql",
    "marketing qualified lead",
  ],
  qualified: ["有望", "有効リード", "qualified", "sql", "sales qualified lead", "open deal"],
  handed_off: ["トスアップ済み", "商談化", "変換済み", "handed off", "converted", "closed - converted"],
  disqualified: ["失格", "対象外", "disqualified", "unqualified", "closed - not converted", "bad timing"],
});

export const readDecisionRole = reader({
  decision_maker: ["決裁者", "decision maker", "economic buyer"],
  influencer: ["影響者", "influencer", "technical buyer"],
  champion: ["推進者", "チャンピオン", "champion"],
  user: ["利用者", "ユーザー", "end user", "user"],
  gatekeeper: ["窓口", "ゲートキーパー", "gatekeeper"],
});
