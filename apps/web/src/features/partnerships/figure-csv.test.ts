import { describe, expect, it } from 'vitest';
import { csvPercent, toCsv } from './figure-csv';

describe('toCsv', () => {
  it('writes a header and rows, quoting what needs it, with a byte-order mark for spreadsheets', () => {
    const csv = toCsv(
      ['כיוון', 'שותפויות'],
      [
        ['שיתוף, עם "עסקים"', 2],
        ['שלטון מקומי', 0],
      ],
    );
    expect(csv).toBe('\uFEFFכיוון,שותפויות\r\n"שיתוף, עם ""עסקים""",2\r\nשלטון מקומי,0');
  });

  it('keeps a spreadsheet from reading a name as a formula', () => {
    expect(toCsv(['name'], [['=1+1']])).toContain("'=1+1");
  });
});

describe('csvPercent', () => {
  it('gives a share as a percent with one decimal', () => {
    expect(csvPercent(1 / 3)).toBe(33.3);
    expect(csvPercent(0)).toBe(0);
    expect(csvPercent(1)).toBe(100);
  });
});
