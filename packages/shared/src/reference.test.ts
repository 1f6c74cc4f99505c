import { describe, expect, it } from 'vitest';
import { ACTION_DIRECTIONS } from './action-directions.js';
import { DISTRICT_CODES, DISTRICTS, districtByCbsCode } from './districts.js';
import type { LocalizedText } from './localized.js';
import { SDGS } from './sdgs.js';
import { SECTOR_CODES, SECTORS } from './sectors.js';
import { TOPIC_CODES, TOPICS } from './topics.js';

const HEBREW = /[\u05D0-\u05EA]/;
const ARABIC = /[\u0621-\u064A]/;
const LATIN = /[A-Za-z]/;

/** Reference data is translated: every language present, and each in its own script. */
function expectFullyTranslated(text: LocalizedText): void {
  expect(text.he).toMatch(HEBREW);
  expect(text.ar).toMatch(ARABIC);
  expect(text.en).toMatch(LATIN);
  expect(text.en).not.toMatch(HEBREW);
  expect(text.en).not.toMatch(ARABIC);
  expect(text.ar).not.toMatch(HEBREW);
  expect(text.he).not.toMatch(ARABIC);
  for (const value of [text.he, text.ar, text.en]) {
    expect(value?.trim()).toBe(value);
  }
}

function duplicates<T>(values: readonly T[]): T[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('sectors', () => {
  it('lists each sector code once, in the order of SECTOR_CODES', () => {
    expect(SECTORS.map((s) => s.code)).toEqual([...SECTOR_CODES]);
    expect(duplicates(SECTOR_CODES)).toEqual([]);
  });

  it('names every sector in Hebrew, Arabic and English', () => {
    for (const sector of SECTORS) expectFullyTranslated(sector.name);
  });

  it('uses the Hebrew names of domain.md', () => {
    expect(SECTORS.map((s) => s.name.he)).toEqual([
      'ממשלה',
      'שלטון מקומי',
      'מגזר עסקי',
      'חברה אזרחית',
      'קרנות פילנתרופיות',
      'מומחים ואקדמיה',
    ]);
  });
});

describe('districts', () => {
  it('lists each district code once, in the order of DISTRICT_CODES', () => {
    expect(DISTRICTS.map((d) => d.code)).toEqual([...DISTRICT_CODES]);
    expect(duplicates(DISTRICT_CODES)).toEqual([]);
  });

  it('gives each district a distinct CBS code, 1 to 7', () => {
    const cbsCodes = DISTRICTS.map((d) => d.cbsCode);
    expect(duplicates(cbsCodes)).toEqual([]);
    expect([...cbsCodes].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('finds every district by its CBS code', () => {
    for (const district of DISTRICTS) {
      expect(districtByCbsCode(district.cbsCode)).toBe(district);
    }
  });

  it('maps the CBS codes as the CBS localities file numbers them', () => {
    expect(districtByCbsCode(1)?.code).toBe('JERUSALEM');
    expect(districtByCbsCode(2)?.code).toBe('NORTH');
    expect(districtByCbsCode(3)?.code).toBe('HAIFA');
    expect(districtByCbsCode(4)?.code).toBe('CENTER');
    expect(districtByCbsCode(5)?.code).toBe('TEL_AVIV');
    expect(districtByCbsCode(6)?.code).toBe('SOUTH');
    expect(districtByCbsCode(7)?.code).toBe('JUDEA_AND_SAMARIA');
  });

  it('finds no district for an unknown CBS code', () => {
    expect(districtByCbsCode(0)).toBeUndefined();
    expect(districtByCbsCode(8)).toBeUndefined();
  });

  it('names every district in Hebrew, Arabic and English', () => {
    for (const district of DISTRICTS) expectFullyTranslated(district.name);
  });
});

describe('action directions', () => {
  it('numbers the seven directions 1 to 7', () => {
    expect(ACTION_DIRECTIONS.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives every direction a title and a description in Hebrew, Arabic and English', () => {
    for (const direction of ACTION_DIRECTIONS) {
      expectFullyTranslated(direction.title);
      expectFullyTranslated(direction.description);
    }
  });

  it('keeps titles distinct in every language', () => {
    for (const language of ['he', 'ar', 'en'] as const) {
      expect(duplicates(ACTION_DIRECTIONS.map((d) => d.title[language]))).toEqual([]);
    }
  });

  it('keeps the Hebrew titles of seed 004', () => {
    expect(ACTION_DIRECTIONS[0]?.title.he).toBe('פלטפורמה שיתופית לעבודה רב-מגזרית');
    expect(ACTION_DIRECTIONS[6]?.title.he).toBe('יצירת אמון, DNA, ותרבות עבודה רב-מגזרית');
  });

  it('has no doubled or stray whitespace in any text', () => {
    for (const direction of ACTION_DIRECTIONS) {
      for (const text of [direction.title, direction.description]) {
        for (const value of [text.he, text.ar, text.en]) {
          expect(value).not.toMatch(/[ \u00A0]{2}|[ \u00A0]\n|\n[ \u00A0]|\n{2}/);
        }
      }
    }
  });
});

describe('SDGs', () => {
  it('numbers the 17 goals 1 to 17', () => {
    expect(SDGS.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('gives every goal a distinct #RRGGBB colour', () => {
    for (const goal of SDGS) expect(goal.color).toMatch(/^#[0-9A-F]{6}$/);
    expect(duplicates(SDGS.map((g) => g.color))).toEqual([]);
  });

  it('uses the UN colours and short titles', () => {
    expect(SDGS[0]).toMatchObject({ color: '#E5243B', title: { en: 'No Poverty' } });
    expect(SDGS[16]).toMatchObject({
      color: '#19486A',
      title: { en: 'Partnerships for the Goals' },
    });
  });

  it('titles every goal in Hebrew, Arabic and English, distinctly', () => {
    for (const goal of SDGS) expectFullyTranslated(goal.title);
    for (const language of ['he', 'ar', 'en'] as const) {
      expect(duplicates(SDGS.map((g) => g.title[language]))).toEqual([]);
    }
  });
});

describe('topics', () => {
  it('lists each topic code once, in the order of TOPIC_CODES', () => {
    expect(TOPICS.map((t) => t.code)).toEqual([...TOPIC_CODES]);
    expect(duplicates(TOPIC_CODES)).toEqual([]);
  });

  it('keeps the codes the API and dashboard rely on', () => {
    for (const code of ['ENVIRONMENT', 'TOURISM', 'EMERGENCY_AND_CRISIS', 'ECONOMY']) {
      expect(TOPIC_CODES).toContain(code);
    }
  });

  it('names every topic in Hebrew, Arabic and English, distinctly', () => {
    for (const topic of TOPICS) expectFullyTranslated(topic.name);
    for (const language of ['he', 'ar', 'en'] as const) {
      expect(duplicates(TOPICS.map((t) => t.name[language]))).toEqual([]);
    }
  });
});
