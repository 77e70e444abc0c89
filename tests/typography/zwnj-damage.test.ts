import { describe, expect, it } from "vitest";
import { deleteZwnjs, scoreRepair, spaceZwnjs } from "../../src/typography/zwnj-damage.ts";

const Z = "\u200c";

describe("the damage and the score of the held-out measurement", () => {
  it("deletes every ZWNJ, or turns every ZWNJ into a space", () => {
    expect([deleteZwnjs(`می${Z}شود`), spaceZwnjs(`می${Z}شود`)]).toEqual(["میشود", "می شود"]);
  });

  it("counts a restored ZWNJ, a wrong join and a miss, and ignores a ZWNJ after a letter that does not join", () => {
    const original = `می${Z}شود کم${Z}خوابی هم کار دانشجو${Z}ها`;
    const damaged = spaceZwnjs(original);
    const repaired = `می${Z}شود کم خوابی هم${Z}کار دانشجو ها`;
    const score = scoreRepair(original, damaged, repaired);
    expect({ ...score, wrong: score.wrong.length, missed: score.missed.length }).toEqual({
      lost: 2,
      restored: 1,
      changes: 2,
      rightChanges: 1,
      wrong: 1,
      missed: 1,
    });
  });
});
