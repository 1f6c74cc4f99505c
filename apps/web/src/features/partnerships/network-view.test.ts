import { describe, expect, it } from 'vitest';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { contrastRatio } from '../../app/contrast';
import {
  degrees,
  formatBetweenness,
  formatBetweennessText,
  FORUM_STYLE,
  NETWORK_BACKGROUND,
  NO_SECTOR_STYLE,
  networkFiltersToParams,
  networkFilterVariables,
  nodeStyle,
  parseNetworkFilters,
  SECTOR_STYLE,
  sectorsPresent,
  shapePath,
} from './network-view';

describe("the network's filters", () => {
  it('reads a direction and a district from the address, and leaves out what the API would refuse', () => {
    expect(parseNetworkFilters(new URLSearchParams('direction=3&district=SOUTH&sector=BUSINESS'))).toEqual({
      direction: 3,
      district: 'SOUTH',
    });
    expect(parseNetworkFilters(new URLSearchParams('direction=9&district=ATLANTIS'))).toEqual({
      direction: null,
      district: null,
    });
  });

  it('writes them back in a stable order and sends only those given', () => {
    expect(networkFiltersToParams({ direction: 3, district: 'HAIFA' }).toString()).toBe('direction=3&district=HAIFA');
    expect(networkFiltersToParams({ direction: null, district: null }).toString()).toBe('');
    expect(networkFilterVariables({ direction: null, district: 'HAIFA' })).toEqual({ district: 'HAIFA' });
  });
});

describe("the drawing's legend", () => {
  it('gives every sector its own shape, and a forum another', () => {
    const shapes = SECTOR_CODES.map((sector) => SECTOR_STYLE[sector].shape);
    expect(new Set([...shapes, FORUM_STYLE.shape]).size).toBe(SECTOR_CODES.length + 1);
  });

  it('draws in colours of at least 3:1 against the white background', () => {
    for (const { colour } of [...Object.values(SECTOR_STYLE), FORUM_STYLE, NO_SECTOR_STYLE]) {
      expect(contrastRatio(colour, NETWORK_BACKGROUND), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('styles a forum as a forum whatever its sector, and a person without a sector in grey', () => {
    expect(nodeStyle('FORUM', null)).toBe(FORUM_STYLE);
    expect(nodeStyle('PERSON', null)).toBe(NO_SECTOR_STYLE);
    expect(nodeStyle('ORGANISATION', 'BUSINESS')).toBe(SECTOR_STYLE.BUSINESS);
  });

  it('lists the sectors present in their order', () => {
    expect(sectorsPresent([{ sector: 'ACADEMIA' }, { sector: null }, { sector: 'GOVERNMENT' }])).toEqual([
      'GOVERNMENT',
      'ACADEMIA',
    ]);
  });
});

describe('shapes and sizes', () => {
  it('closes every outline around its centre', () => {
    expect(shapePath('square', 10, 10, 5)).toMatch(/^M.*Z$/);
    expect(shapePath('triangle', 0, 0, 10)).toBe('M0,-10L8.66,5L-8.66,5Z');
    expect(shapePath('circle', 10, 10, 5)).toBe('M5,10a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z');
  });

  it('counts the links of each node', () => {
    const counts = degrees([
      { source: 'a', target: 'b' },
      { source: 'a', target: 'c' },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 1, c: 1 });
  });
});

describe('betweenness as a figure', () => {
  it('keeps four decimals, in Latin digits in every language', () => {
    expect(formatBetweenness(0.123456)).toBe(0.1235);
    expect(formatBetweennessText(0.123456, 'ar')).toBe('0.1235');
    expect(formatBetweennessText(0.5, 'he')).toBe('0.5');
    expect(formatBetweennessText(0, 'en')).toBe('0');
  });
});
