import { Anchor, Group, SimpleGrid, Text } from "@mantine/core";
import { IconMail, IconPhone } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Lead } from "../../api/leads";
import { useFormat } from "../../i18n/format";
import { ResponseTime } from "./lead-badges";
import { usePickLabels } from "./lead-labels";
import { usePersonName } from "./use-person-name";

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div" style={{ wordBreak: "break-word" }}>
        {children}
      </Text>
    </div>
  );
}

/** Telephone numbers as a tel: link keep only what a dialler reads. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+#*,]/g, "")}`;

export function PhoneLink({ phone, size = "sm" }: { phone: string | null; size?: "sm" | "lg" | "xl" }) {
  if (!phone) return <>—</>;
  return (
    <Anchor href={telHref(phone)} size={size} fw={600} data-testid="lead-phone">
      <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
        <IconPhone size={size === "sm" ? 14 : 20} />
        {phone}
      </Group>
    </Anchor>
  );
}

/** Who to reach and how, where the lead came from, whose it is and how fast it was answered. */
export function LeadContactFacts({ lead, cols = 2 }: { lead: Lead; cols?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { channelLabel } = usePickLabels();
  const ownerName = usePersonName();
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }} spacing="sm" verticalSpacing="sm" data-testid="lead-facts">
      <Fact label={t("leads.fields.contactName")}>{lead.contactName ?? "—"}</Fact>
      <Fact label={t("leads.fields.phone")}>
        <PhoneLink phone={lead.phone} />
      </Fact>
      <Fact label={t("leads.fields.email")}>
        {lead.email ? (
          <Anchor href={`mailto:${lead.email}`} size="sm" style={{ wordBreak: "break-all" }}>
            <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
              <IconMail size={14} />
              {lead.email}
            </Group>
          </Anchor>
        ) : (
          "—"
        )}
      </Fact>
      <Fact label={t("leads.fields.channel")}>{channelLabel(lead.channel)}</Fact>
      <Fact label={t("leads.fields.owner")}>{ownerName(lead.ownerId, lead.ownerName)}</Fact>
      <Fact label={t("leads.fields.createdAt")}>{f.timestamp(lead.createdAt)}</Fact>
      <Fact label={t("leads.fields.responseTime")}>
        <ResponseTime lead={lead} />
      </Fact>
      <Fact label={t("leads.fields.responseDueAt")}>{f.timestamp(lead.responseDueAt)}</Fact>
    </SimpleGrid>
  );
}
