import { Button, Group, Stack, Text } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client";
import type { Review, ReviewNotes } from "../../api/reviews";
import { WidgetCard } from "../../components/widget-card";
import { NoteField } from "./note-field";
import { noteParts } from "./review-model";
import { usePersonLabels } from "./use-person-labels";
import { useSaveNotes } from "./use-reviews";

type Draft = { parts: Record<string, string>; evaluations: Record<string, string> };

function draftOf(review: Review): Draft {
  const notes = review.notes as Record<string, unknown>;
  const parts = Object.fromEntries(
    noteParts[review.kind].map((p) => [p, typeof notes[p] === "string" ? (notes[p] as string) : ""]),
  );
  const stored = Array.isArray(notes.evaluations)
    ? (notes.evaluations as { userId: string; text: string }[])
    : [];
  return { parts, evaluations: Object.fromEntries(stored.map((e) => [e.userId, e.text])) };
}

const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/** The written parts of the sheet's kind, saved together with the version they were read at. */
export function ReviewNotesCard({ review }: { review: Review }) {
  const { t } = useTranslation();
  const save = useSaveNotes(review);
  const personLabel = usePersonLabels();
  const readOnly = review.locked || !review.writable;
  const stored = draftOf(review);
  const [draft, setDraft] = useState<Draft>(stored);
  const dirty = !same(draft, stored);
  // After a conflict the sheet is read again: what is stored now replaces what was typed.
  const reload = useRef(false);
  const storedKey = JSON.stringify(stored);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored notes, by value
  useEffect(() => {
    if (reload.current || !dirty) {
      reload.current = false;
      setDraft(JSON.parse(storedKey) as Draft);
    }
  }, [storedKey, review.version]);

  const people = review.figures.kind === "monthly" ? review.figures.people.items : [];
  const submit = () => {
    const notes: Record<string, unknown> = { ...draft.parts };
    if (review.kind === "monthly") {
      notes.evaluations = people
        .map((p) => ({ userId: p.userId, text: (draft.evaluations[p.userId] ?? "").trim() }))
        .filter((e) => e.text);
    }
    save.mutate(notes as ReviewNotes, {
      onError: (error) => {
        if (isApiError(error) && error.status === 409) reload.current = true;
      },
    });
  };

  return (
    <WidgetCard
      title={t(`reviews.notes.title.${review.kind}`)}
      actions={
        !readOnly && (
          <Group gap="xs" className="no-print">
            {dirty && (
              <Text size="xs" c="orange">
                {t("reviews.notes.unsaved")}
              </Text>
            )}
            <Button
              size="xs"
              leftSection={<IconDeviceFloppy size={14} />}
              disabled={!dirty}
              loading={save.isPending}
              onClick={submit}
              data-testid="review-notes-save"
            >
              {t("common.save")}
            </Button>
          </Group>
        )
      }
      testId="review-notes"
    >
      <Stack gap="md">
        {noteParts[review.kind].map((part) => (
          <NoteField
            key={part}
            label={t(`reviews.notes.parts.${part}`)}
            hint={t(
              review.kind === "monthly" && part === "summary"
                ? "reviews.notes.hints.monthlySummary"
                : `reviews.notes.hints.${part}`,
            )}
            value={draft.parts[part] ?? ""}
            onChange={(value) => setDraft((d) => ({ ...d, parts: { ...d.parts, [part]: value } }))}
            readOnly={readOnly}
            testId={`review-note-${part}`}
          />
        ))}
        {review.kind === "monthly" && people.length > 0 && (
          <Stack gap="sm" data-testid="review-evaluations">
            <Text fw={700} size="sm">
              {t("reviews.notes.parts.evaluations")}
            </Text>
            {people.map((p) => (
              <NoteField
                key={p.userId}
                label={personLabel(p.userId, p.name, p.teamName).name}
                value={draft.evaluations[p.userId] ?? ""}
                onChange={(value) =>
                  setDraft((d) => ({ ...d, evaluations: { ...d.evaluations, [p.userId]: value } }))
                }
                readOnly={readOnly}
                testId="review-evaluation"
              />
            ))}
          </Stack>
        )}
      </Stack>
    </WidgetCard>
  );
}
