import { Alert, Select, Stack, Textarea } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { RevisionCategory } from "../../api/targets";

export const revisionCategories: RevisionCategory[] = [
  "external_temporary",
  "permanent_change",
  "wrong_assumption",
];

export type RevisionDraft = { category: RevisionCategory | null; text: string };
export const emptyRevision: RevisionDraft = { category: null, text: "" };

export function revisionComplete(
  draft: RevisionDraft,
): draft is { category: RevisionCategory; text: string } {
  return draft.category !== null && draft.text.trim().length > 0;
}

/**
 * Once a period has started, a target changes only with a reason (seed 002's revision rules): its
 * category and what happened. Kept in the target's revision history.
 */
export function RevisionReasonFields({
  draft,
  onChange,
  showErrors,
}: {
  draft: RevisionDraft;
  onChange: (draft: RevisionDraft) => void;
  showErrors: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="revision-reason">
      <Alert color="orange" variant="light" icon={<IconHistory size={18} />} p="xs">
        {t("targets.revisionNeeded")}
      </Alert>
      <Select
        label={t("targets.revisionCategory")}
        data={revisionCategories.map((c) => ({ value: c, label: t(`targets.categories.${c}`) }))}
        value={draft.category}
        onChange={(value) => onChange({ ...draft, category: value as RevisionCategory | null })}
        error={showErrors && !draft.category ? t("validation.required") : null}
        required
        comboboxProps={{ withinPortal: true }}
        data-testid="revision-category"
      />
      <Textarea
        label={t("targets.revisionText")}
        placeholder={t("targets.revisionPlaceholder")}
        value={draft.text}
        onChange={(e) => onChange({ ...draft, text: e.currentTarget.value })}
        error={showErrors && !draft.text.trim() ? t("validation.required") : null}
        required
        autosize
        minRows={2}
        maxLength={2000}
        data-testid="revision-text"
      />
    </Stack>
  );
}
