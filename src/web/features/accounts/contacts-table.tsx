import { Anchor, Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Contact } from "../../../contract/accounts";

const roleColors = {
  decision_maker: "red",
  influencer: "grape",
  champion: "teal",
  user: "blue",
  gatekeeper: "gray",
} as const;

export function ContactsTable({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="md">
        {t("accounts.noContacts")}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={700} type="native">
      <Table data-testid="contacts-table" verticalSpacing={8}>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th fz="xs">{t("contacts.name")}</Table.Th>
            <Table.Th fz="xs">{t("contacts.title")}</Table.Th>
            <Table.Th fz="xs">{t("contacts.decisionRole")}</Table.Th>
            <Table.Th fz="xs">{t("contacts.email")}</Table.Th>
            <Table.Th fz="xs">{t("contacts.phone")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((c) => (
            <Table.Tr key={c.id} data-testid="contact-row">
              <Table.Td fw={600}>{c.name}</Table.Td>
              <Table.Td>{c.title ?? "—"}</Table.Td>
              <Table.Td>
                {c.decisionRole ? (
                  <Badge variant="light" color={roleColors[c.decisionRole]}>
                    {t(`decisionRole.${c.decisionRole}`)}
                  </Badge>
                ) : (
                  "—"
                )}
              </Table.Td>
              <Table.Td>
                {c.email ? (
                  <Anchor href={`mailto:${c.email}`} size="sm">
                    {c.email}
                  </Anchor>
                ) : (
                  "—"
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {c.phone ? (
                  <Anchor href={`tel:${c.phone}`} size="sm">
                    {c.phone}
                  </Anchor>
                ) : (
                  "—"
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
