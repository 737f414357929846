// Which stage of the target pipeline a stage name of a file means. Salesforce's and HubSpot's standard
// stage names (and Salesforce's IsWon / IsClosed) map without questions: closed ones to the won or
// lost stage, open ones to the open stage whose default probability is nearest theirs. Anything else
// is mapped once by the user in the mapping step (value → stage id or key).
import type { ImportPreset } from "./import-presets";

export type MatchableStage = {
  id: string;
  key: string;
  name: string;
  nameEn: string;
  probability: number;
  kind: "open" | "won" | "lost";
};

type Standard = number | "won" | "lost";
const standardStages: Record<Exclude<ImportPreset, "susumu">, Record<string, Standard>> = {
  salesforce: {
    prospecting: 10,
    qualification: 10,
    "needs analysis": 20,
    "value proposition": 50,
    "id. decision makers": 60,
    "perception analysis": 70,
    "proposal/price quote": 75,
    "negotiation/review": 90,
    "closed won": "won",
    "closed lost": "lost",
  },
  hubspot: {
    "appointment scheduled": 20,
    appointmentscheduled: 20,
    "qualified to buy": 40,
    qualifiedtobuy: 40,
    "presentation scheduled": 60,
    presentationscheduled: 60,
    "decision maker bought-in": 80,
    decisionmakerboughtin: 80,
    "contract sent": 90,
    contractsent: 90,
    "closed won": "won",
    closedwon: "won",
    "closed lost": "lost",
    closedlost: "lost",
  },
};

export const stageNameKey = (value: string) => value.normalize("NFKC").trim().toLowerCase();

/** The open stage whose probability is nearest; the earlier one on a tie. */
function nearestOpen<S extends MatchableStage>(stages: S[], probability: number) {
  let best: S | undefined;
  for (const stage of stages) {
    if (stage.kind !== "open") continue;
    if (!best || Math.abs(stage.probability - probability) < Math.abs(best.probability - probability))
      best = stage;
  }
  return best;
}

export function createStageMatcher<S extends MatchableStage>(
  stages: S[],
  preset: ImportPreset,
  explicit: Record<string, string> = {},
) {
  const byName = new Map<string, S>();
  for (const stage of stages) {
    for (const name of [stage.key, stage.nameEn, stage.name]) byName.set(stageNameKey(name), stage);
  }
  const mapped = new Map(
    Object.entries(explicit).map(([value, target]) => [
      stageNameKey(value),
      stages.find((s) => s.id === target || s.key === target),
    ]),
  );
  const won = stages.find((s) => s.kind === "won");
  const lost = stages.find((s) => s.kind === "lost");
  const standard = preset === "susumu" ? {} : standardStages[preset];

  return function matchStage(
    value: string,
    flags: { isClosed?: boolean | undefined; isWon?: boolean | undefined } = {},
  ): S | undefined {
    const key = stageNameKey(value);
    if (mapped.has(key)) return mapped.get(key);
    if (flags.isWon === true) return won;
    if (flags.isClosed === true) return lost;
    const own = byName.get(key);
    if (own) return own;
    const std = standard[key];
    if (std === "won") return won;
    if (std === "lost") return lost;
    return std === undefined ? undefined : nearestOpen(stages, std);
  };
}
