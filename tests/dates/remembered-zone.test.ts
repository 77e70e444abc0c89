import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { RememberedZone } from "../../src/dates/remembered-zone.ts";

const HOUR_MS = 60 * 60 * 1000;

/** The instants, `step` apart from `from` up to `to`, at which the remembered offset differs from luxon's own. */
function differences(name: string, from: number, to: number, step: number): number[] {
  const remembered = new RememberedZone(name);
  const own = IANAZone.create(name);
  const differing: number[] = [];
  for (let ts = from; ts < to; ts += step) if (remembered.offset(ts) !== own.offset(ts)) differing.push(ts);
  return differing;
}

describe("RememberedZone", () => {
  it("gives luxon's own offset for Asia/Tehran every six hours from 1900 to 2100", () => {
    expect(differences("Asia/Tehran", Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1), 6 * HOUR_MS)).toEqual([]);
  });

  it("gives luxon's own offset for Asia/Tehran every minute of the days its offset changed", () => {
    const own = IANAZone.create("Asia/Tehran");
    const changeDays: number[] = [];
    for (let day = Date.UTC(1940, 0, 1); day < Date.UTC(2030, 0, 1); day += 24 * HOUR_MS) {
      if (own.offset(day) !== own.offset(day + 24 * HOUR_MS)) changeDays.push(day);
    }
    // Nine changes from 1977 to 1980, then daylight saving time on and off in 1991–2005 and 2008–2022;
    // the closest two (4 August and 10 November 1978) lie 98 days apart.
    expect(changeDays.length).toBe(69);
    const differing = changeDays.flatMap((day) => differences("Asia/Tehran", day, day + 48 * HOUR_MS, 60 * 1000));
    expect(differing).toEqual([]);
  });

  it("gives luxon's own offset for a zone that changes in the middle of a Tehran day, every quarter hour of 2024", () => {
    expect(differences("America/New_York", Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1), HOUR_MS / 4)).toEqual([]);
  });

  it("makes the same luxon dates as the zone's name does, in every form khabar writes them", () => {
    const tehran = new RememberedZone("Asia/Tehran");
    for (const [text, zone] of [
      ["2022-07-01T09:00", tehran],
      ["2025-11-18T10:30", tehran],
      ["2025-03-20T23:59", tehran],
    ] as const) {
      const remembered = DateTime.fromISO(text, { zone });
      const named = DateTime.fromISO(text, { zone: "Asia/Tehran" });
      expect([remembered.toISO(), remembered.zoneName, remembered.toFormat("cccc d MMMM yyyy ZZ"), remembered.offsetNameShort]).toEqual([
        named.toISO(),
        named.zoneName,
        named.toFormat("cccc d MMMM yyyy ZZ"),
        named.offsetNameShort,
      ]);
      expect([remembered.equals(named), named.equals(remembered)]).toEqual([true, true]);
    }
    expect(DateTime.fromISO("2022-07-01T09:00", { zone: tehran }).toISO()).toBe("2022-07-01T09:00:00.000+04:30");
  });
});
