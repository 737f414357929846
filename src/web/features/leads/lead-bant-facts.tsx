import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Lead } from "../../api/leads";
import { Fact } from "./lead-contact-facts";

const bantFields = ["bantBudget", "bantAuthority", "bantNeed", "bantTiming"] as const;

/** BANT as it went over to the deal (a handed-off lead is no longer edited). */
export function LeadBantFacts({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="lead-bant">
      {bantFields.map((field) => (
        <Fact key={field} label={t(`fields.${field}`)}>
          {lead[field] ?? "—"}
        </Fact>
      ))}
    </SimpleGrid>
  );
}
