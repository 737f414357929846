import { Stack, Text, Textarea } from "@mantine/core";

/** One written part of a sheet: a textarea while it may be written, its text once locked and on paper. */
export function NoteField({
  label,
  hint,
  value,
  onChange,
  readOnly,
  testId,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  testId: string;
}) {
  const text = (
    <Text
      size="sm"
      style={{ whiteSpace: "pre-wrap" }}
      c={value ? undefined : "dimmed"}
      className={readOnly ? undefined : "print-only"}
      data-testid={readOnly ? testId : undefined}
    >
      {value || "—"}
    </Text>
  );
  return (
    <Stack gap={4} className="avoid-break">
      <Text size="sm" fw={700}>
        {label}
      </Text>
      {hint && !readOnly && (
        <Text size="xs" c="dimmed" className="no-print">
          {hint}
        </Text>
      )}
      {!readOnly && (
        <Textarea
          aria-label={label}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={12}
          maxLength={4000}
          className="no-print"
          data-testid={testId}
        />
      )}
      {text}
    </Stack>
  );
}
