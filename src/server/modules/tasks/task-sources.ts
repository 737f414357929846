// Tasks made from what the product already knows must be done: every item a stage's gate still
// asks for (a missing evidence item becomes a task), and a stale deal's next step. Each has a key,
// so that asking again while the task is open makes nothing new.
import type { Language } from "../../../contract/errors";
import type { MissingItem } from "../../../domain/stage-gate";

const kindWords: Record<MissingItem["kind"], { ja: string; en: string }> = {
  condition: { ja: "入場条件", en: "Entry condition" },
  evidence: { ja: "証跡", en: "Evidence" },
  field: { ja: "必須項目", en: "Required field" },
};

export type TaskSeed = { title: string; sourceKey: string };

export function gateTaskSeeds(
  dealId: string,
  stage: { key: string; name: string; nameEn: string },
  missing: MissingItem[],
  lang: Language,
): TaskSeed[] {
  const stageName = lang === "ja" ? stage.name : stage.nameEn;
  return missing.map((item) => {
    const label = lang === "ja" ? item.label : item.labelEn;
    const kind = kindWords[item.kind][lang];
    return {
      title:
        lang === "ja" ? `「${stageName}」へ: ${kind}「${label}」` : `For "${stageName}": ${kind} "${label}"`,
      // The stage whose gate asks for the item, not the stage asked for: moving two stages ahead
      // asks for the skipped stage's items too, and those are the same items.
      sourceKey: `gate:${dealId}:${item.stageKey}:${item.kind}:${item.key}`,
    };
  });
}

export function staleTaskSeed(deal: { id: string; name: string }, lang: Language): TaskSeed {
  return {
    title:
      lang === "ja"
        ? `停滞案件の次の一手を決める: ${deal.name}`
        : `Decide the next step of a stale deal: ${deal.name}`,
    sourceKey: `stale:${deal.id}`,
  };
}
