// What the org's closed deals say about an open one (SPEC.md C6), from hand-made history cells:
// win rate, median days to close, "too thin" below 30 closed deals, the age band a deal is judged
// by, and where in time its wins fall.
import { describe, expect, it } from "vitest";
import {
  AGE_BANDS,
  bandFor,
  type HistoryCell,
  MIN_CLOSED,
  shareClosingBetween,
  stageHistoriesOf,
} from "./win-history";

const won = (stageId: string, ageFrom: number, daysToClose: number | null, count: number): HistoryCell => ({
  stageId,
  ageFrom,
  won: true,
  daysToClose,
  count,
});
const lost = (stageId: string, ageFrom: number, count: number): HistoryCell => ({
  stageId,
  ageFrom,
  won: false,
  daysToClose: null,
  count,
});

// "deep": 60 closed from day 0 (24 won: 10 after 10 days, 10 after 30, 4 after 60), 30 still there
// at day 14 (14 won), 29 at day 30 (4 won): too few to judge a deal of 30 days by.
const cells: HistoryCell[] = [
  won("deep", 0, 10, 10),
  won("deep", 0, 30, 10),
  won("deep", 0, 60, 4),
  lost("deep", 0, 36),
  won("deep", 14, 16, 10),
  won("deep", 14, 46, 4),
  lost("deep", 14, 16),
  won("deep", 30, 30, 4),
  lost("deep", 30, 25),
  // "thin": 29 closed, 3 won.
  won("thin", 0, 5, 3),
  lost("thin", 0, 26),
  // "edge": exactly 30 closed.
  won("edge", 0, 7, 15),
  lost("edge", 0, 15),
];

describe("the constants", () => {
  it("are 30 closed deals and age bands from 0, 14, 30, 60 and 90 days", () => {
    expect(MIN_CLOSED).toBe(30);
    expect(AGE_BANDS).toEqual([0, 14, 30, 60, 90]);
  });
});

describe("a stage's history", () => {
  const histories = stageHistoriesOf(cells);

  it("gives the win rate and median days to close over every closed deal of the stage", () => {
    const deep = histories.get("deep");
    expect(deep).toMatchObject({
      stageId: "deep",
      closed: 60,
      won: 24,
      winRate: 0.4,
      // 24 values: the 12th and 13th are both 30.
      medianDaysToClose: 30,
      source: "history",
    });
    expect(deep?.bands.map((b) => [b.ageFrom, b.closed, b.won])).toEqual([
      [0, 60, 24],
      [14, 30, 14],
      [30, 29, 4],
    ]);
    expect(deep?.bands[1]?.winRate).toBeCloseTo(14 / 30, 12);
    expect(deep?.bands[2]?.winRate).toBeCloseTo(4 / 29, 12);
    expect(deep?.bands[0]?.daysToClose).toEqual([
      ...Array(10).fill(10),
      ...Array(10).fill(30),
      ...Array(4).fill(60),
    ]);
    expect(deep?.bands[1]?.daysToClose).toEqual([...Array(10).fill(16), ...Array(4).fill(46)]);
  });

  it("is too thin below 30 closed deals and deep enough at exactly 30", () => {
    expect(histories.get("thin")).toMatchObject({
      closed: 29,
      won: 3,
      medianDaysToClose: 5,
      source: "stage",
    });
    expect(histories.get("thin")?.winRate).toBeCloseTo(3 / 29, 12);
    expect(histories.get("edge")).toMatchObject({ closed: 30, won: 15, winRate: 0.5, source: "history" });
  });

  it("takes the median of an odd count as the middle and of an even count as the mean of the two", () => {
    const odd = stageHistoriesOf([won("s", 0, 100, 1), won("s", 0, 3, 1), won("s", 0, 7, 1)]).get("s");
    expect(odd?.medianDaysToClose).toBe(7);
    expect(odd?.bands[0]?.daysToClose).toEqual([3, 7, 100]);
    const even = stageHistoriesOf([won("s", 0, 2, 1), won("s", 0, 5, 1), lost("s", 0, 4)]).get("s");
    expect(even).toMatchObject({ closed: 6, won: 2, medianDaysToClose: 3.5 });
  });

  it("has no win rate nor median without deals, and no median without winners", () => {
    const none = stageHistoriesOf([lost("s", 0, 0)]).get("s");
    expect(none).toMatchObject({
      closed: 0,
      won: 0,
      winRate: null,
      medianDaysToClose: null,
      source: "stage",
    });
    const noWins = stageHistoriesOf([lost("s", 0, 40)]).get("s");
    expect(noWins).toMatchObject({
      closed: 40,
      won: 0,
      winRate: 0,
      medianDaysToClose: null,
      source: "history",
    });
  });

  it("adds cells of the same stage and age, in any order, and clamps negative or missing days to 0", () => {
    const h = stageHistoriesOf([
      won("s", 14, 3, 2),
      lost("s", 0, 5),
      won("s", 0, -2, 1),
      won("s", 0, null, 1),
      lost("s", 0, 5),
      won("s", 0, 9, 2),
    ]).get("s");
    expect(h?.bands.map((b) => b.ageFrom)).toEqual([0, 14]);
    expect(h).toMatchObject({ closed: 14, won: 4 });
    expect(h?.bands[0]?.daysToClose).toEqual([0, 0, 9, 9]);
    expect(h?.medianDaysToClose).toBe(4.5);
  });

  it("knows nothing of a stage without a day-0 cell", () => {
    const h = stageHistoriesOf([won("s", 14, 3, 40)]).get("s");
    expect(h).toMatchObject({ closed: 0, won: 0, winRate: null, medianDaysToClose: null, source: "stage" });
    expect(bandFor(h, 20)).toBeUndefined();
  });

  it("is empty for no cells", () => {
    expect(stageHistoriesOf([]).size).toBe(0);
  });
});

describe("the band a deal is judged by", () => {
  const histories = stageHistoriesOf(cells);
  const deep = histories.get("deep");

  it("is the oldest band the deal has reached", () => {
    expect(bandFor(deep, 0)?.ageFrom).toBe(0);
    expect(bandFor(deep, 13)?.ageFrom).toBe(0);
    expect(bandFor(deep, 14)?.ageFrom).toBe(14);
    expect(bandFor(deep, 29)?.ageFrom).toBe(14);
  });

  it("falls back to a younger band when the older one rests on fewer than 30 deals", () => {
    // The 30-day band has 29 closed deals.
    expect(bandFor(deep, 30)?.ageFrom).toBe(14);
    expect(bandFor(deep, 365)?.ageFrom).toBe(14);
    // With the 14-day band thin as well, the deal is judged by the whole stage.
    const h = stageHistoriesOf([
      won("s", 0, 5, 10),
      lost("s", 0, 30),
      won("s", 14, 5, 5),
      lost("s", 14, 20),
    ]).get("s");
    expect(bandFor(h, 50)).toMatchObject({ ageFrom: 0, closed: 40, won: 10, winRate: 0.25 });
  });

  it("is none when the stage's history is thin or missing", () => {
    expect(bandFor(histories.get("thin"), 0)).toBeUndefined();
    expect(bandFor(histories.get("thin"), 20)).toBeUndefined();
    expect(bandFor(undefined, 5)).toBeUndefined();
    expect(bandFor(histories.get("edge"), 3)?.ageFrom).toBe(0);
  });
});

describe("the share of wins closing in a window", () => {
  const band = { daysToClose: [...Array(10).fill(10), ...Array(10).fill(30), ...Array(4).fill(60)] };

  it("counts wins from `from` to `to` days, both included", () => {
    expect(shareClosingBetween(band, 10, 30)).toBe(20 / 24);
    expect(shareClosingBetween(band, 30, 30)).toBe(10 / 24);
    expect(shareClosingBetween(band, 10, 10)).toBe(10 / 24);
    expect(shareClosingBetween(band, 11, 29)).toBe(0);
    expect(shareClosingBetween(band, 0, 9)).toBe(0);
    expect(shareClosingBetween(band, 0, 10)).toBe(10 / 24);
    expect(shareClosingBetween(band, 31, 60)).toBe(4 / 24);
    expect(shareClosingBetween(band, 0, 60)).toBe(1);
    expect(shareClosingBetween(band, 61, 1_000)).toBe(0);
  });

  it("is 0 for an empty window or a band without winners", () => {
    expect(shareClosingBetween(band, 31, 30)).toBe(0);
    expect(shareClosingBetween({ daysToClose: [] }, 0, 1_000)).toBe(0);
  });

  it("works on a small hand-made list", () => {
    const small = { daysToClose: [0, 1, 2, 2, 5] };
    expect(shareClosingBetween(small, 0, 0)).toBe(0.2);
    expect(shareClosingBetween(small, 2, 2)).toBe(0.4);
    expect(shareClosingBetween(small, 1, 4)).toBe(0.6);
    expect(shareClosingBetween(small, 3, 5)).toBe(0.2);
  });
});
