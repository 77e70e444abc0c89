import { describe, expect, it } from "vitest";
import { registrySpellings } from "../../src/check/registry-spellings.ts";
import { readDataSources } from "../../src/content/read-content.ts";
import { writeFixtureSite } from "../helpers/fixture-site.ts";

const Z = "\u200c";

describe("registrySpellings", () => {
  it("gives every word with a ZWNJ of the four registries, and nothing from site.yaml", () => {
    const content = writeFixtureSite({
      "_data/people.yaml": `zarepour:\n  fa: { name: عیسی زارع${Z}پور, role: وزیر پیشین }\n  en: { name: Issa Zarepour, role: Former minister }\n`,
      "_data/site.yaml": `url: https://news.example.test\ndefaultLanguage: fa\nfa:\n  name: اخبار\n  description: گزارش${Z}ها و پیش${Z}نویس\n  publisher: وزارت\nen:\n  name: News\n  description: News\n  publisher: Ministry\n`,
    });
    expect([...registrySpellings(readDataSources(content))]).toEqual([
      ["زارعپور", `زارع${Z}پور`],
      ["بینالمللی", `بین${Z}المللی`],
    ]);
  });
});
