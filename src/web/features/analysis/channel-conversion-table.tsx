import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ChannelConversion } from "../../api/inside-sales";
import { useLocalizedName } from "../../i18n/use-lang";
import { useFigures } from "../dashboard/use-figures";

/** Lead → meeting → deal → won per lead channel (seed 002's channel view), each step with its rate,
 *  and the total. */
export function ChannelConversionTable({
  channels,
  total,
  testId = "channel-conversion",
}: {
  channels: ChannelConversion[];
  total?: ChannelConversion;
  testId?: string;
}) {
  const { t } = useTranslation();
  const x = useFigures();
  const localized = useLocalizedName();
  if (channels.length === 0) {
    return (
      <Text size="sm" c="dimmed" ta="center" py="md" data-testid={testId}>
        {t("insideSales.noLeads")}
      </Text>
    );
  }
  const step = (count: number, rate: number | null) => (
    <>
      {x.f.number(count)}
      <Text span size="xs" c="dimmed" ml={6}>
        {x.rate(rate)}
      </Text>
    </>
  );
  const row = (c: ChannelConversion, bold = false) => (
    <Table.Tr
      key={c.channel}
      data-testid={`${testId}-row`}
      data-channel={c.channel}
      fw={bold ? 700 : undefined}
    >
      <Table.Td>{localized(c.label, c.labelEn)}</Table.Td>
      <Table.Td ta="right">{x.f.number(c.leads)}</Table.Td>
      <Table.Td ta="right">{step(c.meetings, c.meetingRate)}</Table.Td>
      <Table.Td ta="right">{step(c.deals, c.dealRate)}</Table.Td>
      <Table.Td ta="right">{step(c.won, c.winRate)}</Table.Td>
      <Table.Td ta="right">{x.rate(c.leadToWon)}</Table.Td>
      <Table.Td ta="right">{x.value(c.wonAmount, "yen", true)}</Table.Td>
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table data-testid={testId} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("insideSales.channel")}</Table.Th>
            <Table.Th ta="right">{t("insideSales.leads")}</Table.Th>
            <Table.Th ta="right">{t("insideSales.meetings")}</Table.Th>
            <Table.Th ta="right">{t("insideSales.deals")}</Table.Th>
            <Table.Th ta="right">{t("insideSales.won")}</Table.Th>
            <Table.Th ta="right">{t("insideSales.leadToWon")}</Table.Th>
            <Table.Th ta="right">{t("insideSales.wonAmount")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {channels.map((c) => row(c))}
          {total && row(total, true)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
