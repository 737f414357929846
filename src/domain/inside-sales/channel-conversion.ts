// Conversion by lead channel (seed 002's channel view): of the leads that arrived through each
// channel in a period, how many got a meeting set, became a deal (handed off) and were won. The
// rates are step to step and end to end; a zero denominator is "no data".
import { ratio } from "../ratio";

export type ChannelCounts = {
  channel: string;
  leads: number;
  meetings: number;
  deals: number;
  won: number;
  wonAmount: number;
};

export type ChannelConversion = ChannelCounts & {
  meetingRate: number | null;
  dealRate: number | null;
  winRate: number | null;
  leadToWon: number | null;
};

export const conversionOf = (c: ChannelCounts): ChannelConversion => ({
  ...c,
  meetingRate: ratio(c.meetings, c.leads),
  dealRate: ratio(c.deals, c.meetings),
  winRate: ratio(c.won, c.deals),
  leadToWon: ratio(c.won, c.leads),
});

/** Every channel's conversion, largest first, and the total over all channels. */
export function channelConversion(rows: ChannelCounts[]): {
  channels: ChannelConversion[];
  total: ChannelConversion;
} {
  const total = rows.reduce<ChannelCounts>(
    (sum, r) => ({
      channel: "total",
      leads: sum.leads + r.leads,
      meetings: sum.meetings + r.meetings,
      deals: sum.deals + r.deals,
      won: sum.won + r.won,
      wonAmount: sum.wonAmount + r.wonAmount,
    }),
    { channel: "total", leads: 0, meetings: 0, deals: 0, won: 0, wonAmount: 0 },
  );
  return {
    channels: [...rows].sort((a, b) => b.leads - a.leads).map(conversionOf),
    total: conversionOf(total),
  };
}
