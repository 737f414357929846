import { Badge, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import type { Dispatch, ReactNode, SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import type { Deal } from "../../../contract/deals";
import { isValidEvidence } from "../../../domain/stage-gate";
import { useLocalizedName } from "../../i18n/use-lang";
import type { LostReason } from "../deals/lost-reasons";
import { EvidenceInput, GateFieldInput } from "./gate-inputs";
import { type GateField, type GateSection, type GateValues, itemId } from "./gate-model";

function ItemGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Text size="xs" fw={700} c="dimmed">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** One gated stage: its entry conditions, evidence and the deal fields it still needs. */
export function GateSectionCard({
  section,
  deal,
  values,
  onChange,
  marked,
  problems,
  lostReasons,
}: {
  section: GateSection;
  deal: Deal;
  values: GateValues;
  onChange: Dispatch<SetStateAction<GateValues>>;
  marked: Set<string>;
  problems: Partial<Record<GateField, "url" | "tooLong">>;
  lostReasons: LostReason[];
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const { stage } = section;
  const empty =
    section.conditions.length + section.evidence.length + section.fields.length === 0 && !section.lostReason;

  const toggle = (key: string, checked: boolean) =>
    onChange((v) => ({
      ...v,
      conditions: checked ? [...new Set([...v.conditions, key])] : v.conditions.filter((c) => c !== key),
    }));
  const required = t("gate.required");

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={section.skipped ? "gray.0" : undefined}
      data-testid={`gate-section-${stage.key}`}
    >
      <Stack gap="sm">
        <Group gap={8}>
          <Text fw={700} size="sm">
            {localized(stage.name, stage.nameEn)}
          </Text>
          {section.skipped ? (
            <Badge size="xs" variant="outline" color="gray">
              {t("gate.skipped")}
            </Badge>
          ) : (
            <Badge size="xs" variant="light">
              {t("gate.target")}
            </Badge>
          )}
        </Group>
        {empty && (
          <Text size="xs" c="dimmed">
            {t("gate.nothingMore")}
          </Text>
        )}

        {section.conditions.length > 0 && (
          <ItemGroup title={t("gate.conditions")}>
            {section.conditions.map((c) => {
              const isMarked = marked.has(itemId("condition", c.key));
              return (
                <Checkbox
                  key={c.key}
                  label={localized(c.label, c.labelEn)}
                  checked={values.conditions.includes(c.key)}
                  onChange={(e) => toggle(c.key, e.currentTarget.checked)}
                  error={isMarked ? required : undefined}
                  data-testid={`gate-condition-${c.key}`}
                  data-missing={isMarked || undefined}
                />
              );
            })}
          </ItemGroup>
        )}

        {section.evidence.length > 0 && (
          <ItemGroup title={t("gate.evidence")}>
            <SimpleGrid cols={{ base: 1, sm: section.evidence.length > 1 ? 2 : 1 }} spacing="sm">
              {section.evidence.map((item) => {
                // Not touched yet: what the deal holds in a field of the same key (as the server counts it).
                const own = (deal as Record<string, unknown>)[item.key];
                const value = values.evidence[item.key] ?? (typeof own === "string" ? own : "");
                const isMarked = marked.has(itemId("evidence", item.key));
                const invalid = value.trim() !== "" && !isValidEvidence(item.type, value.trim());
                return (
                  <EvidenceInput
                    key={item.key}
                    item={item}
                    value={value}
                    onChange={(next) =>
                      onChange((v) => ({ ...v, evidence: { ...v.evidence, [item.key]: next } }))
                    }
                    error={
                      isMarked
                        ? invalid
                          ? t(item.type === "url" ? "validation.url" : "validation.date")
                          : required
                        : undefined
                    }
                  />
                );
              })}
            </SimpleGrid>
          </ItemGroup>
        )}

        {section.fields.length > 0 && (
          <ItemGroup title={t("gate.fields")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {section.fields.map((field) => (
                <GateFieldInput
                  key={field}
                  field={field}
                  deal={deal}
                  value={values.fields[field]}
                  onChange={(next) => onChange((v) => ({ ...v, fields: { ...v.fields, [field]: next } }))}
                  error={
                    marked.has(itemId("field", field))
                      ? required
                      : problems[field] === "url"
                        ? t("validation.url")
                        : problems[field] === "tooLong"
                          ? t("validation.tooLong", { max: 500 })
                          : undefined
                  }
                />
              ))}
            </SimpleGrid>
          </ItemGroup>
        )}

        {section.lostReason && (
          <Select
            label={t("fields.lostReason")}
            placeholder={t("lost.placeholder")}
            data={lostReasons.map((r) => ({ value: r.key, label: localized(r.label, r.labelEn) }))}
            value={values.lostReason}
            onChange={(lostReason) => onChange((v) => ({ ...v, lostReason }))}
            error={marked.has(itemId("field", "lostReason")) ? required : undefined}
            withAsterisk
            data-autofocus
            comboboxProps={{ withinPortal: true }}
            data-testid="lost-reason-input"
          />
        )}
      </Stack>
    </Paper>
  );
}
