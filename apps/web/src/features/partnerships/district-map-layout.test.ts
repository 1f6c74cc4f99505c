import { describe, expect, it } from 'vitest';
import outline from 'virtual:israel-outline';
import { contrastRatio } from '../../app/contrast';
import { LAND_FILL } from '../home/map-symbols';
import {
  classOf,
  DISTRICT_SHADES,
  layoutDistrictMap,
  NONE_EDGE,
  POINT_EDGE,
  shadeClasses,
} from './district-map-layout';

describe('the classes of the district map', () => {
  it('cover 1 to the largest count without gaps or overlaps, and put every count in its class', () => {
    for (const max of [1, 2, 3, 4, 5, 7, 10, 99, 1000]) {
      const classes = shadeClasses(max).slice(1);
      expect(classes[0]!.from, `max ${max}`).toBe(1);
      expect(classes.at(-1)!.to, `max ${max}`).toBe(max);
      for (let i = 1; i < classes.length; i += 1) expect(classes[i]!.from).toBe(classes[i - 1]!.to + 1);
      for (let count = 1; count <= Math.min(max, 200); count += 1) {
        const shade = classes[classOf(count, max) - 1]!;
        expect(count >= shade.from && count <= shade.to, `count ${count} of ${max}`).toBe(true);
      }
    }
  });

  it('uses at most four classes, one per count when there are fewer, and class 0 for none', () => {
    expect(shadeClasses(2).map((shade) => [shade.from, shade.to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(shadeClasses(10).map((shade) => [shade.from, shade.to])).toEqual([
      [0, 0],
      [1, 2],
      [3, 5],
      [6, 7],
      [8, 10],
    ]);
    expect(shadeClasses(0)).toHaveLength(1);
    expect(classOf(0, 10)).toBe(0);
  });

  it('tells classes apart by size as well as shade, and draws every point with an edge of 3:1 against the land', () => {
    const classes = shadeClasses(10);
    const radii = classes.map((shade) => shade.radius);
    expect([...radii].sort((a, b) => a - b)).toEqual(radii);
    expect(new Set(classes.slice(1).map((shade) => shade.fill)).size).toBe(4);
    expect(contrastRatio(POINT_EDGE, LAND_FILL)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(NONE_EDGE, LAND_FILL)).toBeGreaterThanOrEqual(3);
    // The darkest shade stands out from the land on its own.
    expect(contrastRatio(DISTRICT_SHADES.at(-1)!, LAND_FILL)).toBeGreaterThanOrEqual(3);
  });
});

describe('layoutDistrictMap', () => {
  const authority = (id: string, place: [number, number] | null, district: string | null) => ({
    id,
    longitude: place?.[0] ?? null,
    latitude: place?.[1] ?? null,
    district: district ? { code: district } : null,
  });
  const layout = layoutDistrictMap(
    outline,
    [
      authority('nesher', [35.0428, 32.7661], 'HAIFA'),
      authority('sderot', [34.5963, 31.5251], 'SOUTH'),
      authority('safed', [35.4964, 32.9646], 'NORTH'),
      authority('nowhere', null, 'NORTH'),
      authority('no-district', [35.2, 31.8], null),
    ],
    [
      { district: 'NORTH', count: 4 },
      { district: 'HAIFA', count: 1 },
      { district: 'SOUTH', count: 0 },
    ],
  );

  it("draws each authority with a place in its district's class, the fuller districts on top", () => {
    expect(layout.points.map((point) => [point.authority.id, point.shade.index])).toEqual([
      ['sderot', 0],
      ['nesher', 1],
      ['safed', 4],
    ]);
    expect(layout.districts.get('NORTH')!.index).toBe(4);
    expect(layout.notDrawn).toBe(2);
  });

  it('places the points inside the frame, the north above the south', () => {
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeGreaterThanOrEqual(0);
    }
    const y = (id: string) => layout.points.find((point) => point.authority.id === id)!.y;
    expect(y('safed')).toBeLessThan(y('sderot'));
    expect(layout.outline.length).toBeGreaterThan(0);
  });
});
