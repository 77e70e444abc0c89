import { describe, expect, it } from "vitest";
import { isAffirmativePastParticiple, isBareSecondPersonPresent, isFiniteVerb, isKnownVerbForm, isPastParticiple, isVerbForm, perfectParticiple } from "../../src/typography/verb-forms.ts";

describe("isKnownVerbForm", () => {
  it("knows a stem with a present or past ending, and no noun", () => {
    expect(["تواند", "کردند", "زبان"].map(isKnownVerbForm)).toEqual([true, true, false]);
  });
});

describe("isFiniteVerb", () => {
  it("knows a verb form bare, negated or subjunctive, and no noun", () => {
    expect(["دهد", "ندهی", "بگوید", "زبان"].map(isFiniteVerb)).toEqual([true, true, true, false]);
  });
});

describe("isBareSecondPersonPresent", () => {
  it("is true for a present stem + ی only, not for another person or a past form", () => {
    expect(["بینی", "گیری", "بیند", "دیدی", "خانه"].map(isBareSecondPersonPresent)).toEqual([true, true, false, false, false]);
  });
});

describe("isPastParticiple", () => {
  it("knows a past participle and its negative, and not a noun in ه", () => {
    expect(["کرده", "نکرده", "خانه"].map(isPastParticiple)).toEqual([true, true, false]);
  });
});

describe("isVerbForm", () => {
  it("knows a finite form, a past participle and an infinitive, each also negated, and no noun", () => {
    expect(["دهد", "داده", "نداده", "داشتن", "نداشتن", "ابزار", "نان"].map(isVerbForm)).toEqual([true, true, true, true, true, false, false]);
  });
});

describe("isAffirmativePastParticiple", () => {
  it("is true of a past participle, one that starts with ن included, and false of a negative one or another word", () => {
    expect(["کرده", "نوشته", "نکرده", "خانه"].map(isAffirmativePastParticiple)).toEqual([true, true, false, false]);
  });
});

describe("perfectParticiple", () => {
  it("spells a participle as it is, and one after می or نمی with its ZWNJ", () => {
    expect(["کرده", "میدانسته", "نمیکرده", "خانه"].map(perfectParticiple)).toEqual(["کرده", "می\u200cدانسته", "نمی\u200cکرده", undefined]);
  });
});
