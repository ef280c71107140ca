import { describe, expect, it } from "vitest";
import { csvTable, parseCsv } from "./csv.js";

describe("parseCsv", () => {
  it("splits plain and fully quoted lines", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(parseCsv('"A","B"\r\n"x","y"\r\n')).toEqual([
      ["A", "B"],
      ["x", "y"],
    ]);
  });

  it("handles doubled quotes, separators and line breaks inside quotes", () => {
    const text = 'code,texte\n1,"Il dit ""oui"", puis\nnon"\n2,fin\n';
    expect(parseCsv(text)).toEqual([
      ["code", "texte"],
      ["1", 'Il dit "oui", puis\nnon'],
      ["2", "fin"],
    ]);
  });

  it("does not take a quoted field that starts with a line break for a short row", () => {
    expect(parseCsv('"a","b","c"\n"1","\nx","3"\n')).toEqual([
      ["a", "b", "c"],
      ["1", "\nx", "3"],
    ]);
  });

  it("keeps empty fields, skips empty lines and a BOM, reads other delimiters", () => {
    expect(parseCsv("\ufeffa;b;c\n\n1;;3\n", ";")).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
    ]);
  });

  it("names a missing column in its error", () => {
    const table = csvTable("a,b\n1,2\n", ",", "test.csv");
    expect(table.column("b")).toBe(1);
    expect(() => table.column("zz")).toThrow(/zz.*test\.csv/);
  });
});
