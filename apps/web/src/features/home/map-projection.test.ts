import { describe, expect, it } from 'vitest';
import outline from 'virtual:israel-outline';
import { fitMapProjection, MAP_FRAME, outlinePaths } from './map-projection';

const HAIFA: [number, number] = [34.9896, 32.794];
const BEERSHEBA: [number, number] = [34.7913, 31.2518];
const TEL_AVIV: [number, number] = [34.7818, 32.0853];
const JERUSALEM: [number, number] = [35.2137, 31.7683];
const EILAT: [number, number] = [34.9519, 29.5577];
const MAJDAL_SHAMS: [number, number] = [35.7705, 33.2692];

describe('the offline outline', () => {
  it('holds Israel and the West Bank with Gaza, and nothing else', () => {
    expect(outline.features.map((feature) => feature.id).sort()).toEqual(['275', '376']);
    expect(JSON.stringify(outline)).not.toMatch(/"name"/);
  });
});

describe('fitMapProjection', () => {
  const points = [HAIFA, BEERSHEBA, TEL_AVIV, JERUSALEM, EILAT, MAJDAL_SHAMS];
  const projection = fitMapProjection(outline, points);

  it('places every point inside the frame', () => {
    const { width, height, padding } = MAP_FRAME;
    for (const point of points) {
      const [x, y] = projection(point)!;
      expect(x).toBeGreaterThanOrEqual(padding - 0.01);
      expect(x).toBeLessThanOrEqual(width - padding + 0.01);
      expect(y).toBeGreaterThanOrEqual(padding - 0.01);
      expect(y).toBeLessThanOrEqual(height - padding + 0.01);
    }
  });

  it('keeps north up and west left', () => {
    expect(projection(HAIFA)![1]).toBeLessThan(projection(BEERSHEBA)![1]);
    expect(projection(BEERSHEBA)![1]).toBeLessThan(projection(EILAT)![1]);
    expect(projection(TEL_AVIV)![0]).toBeLessThan(projection(JERUSALEM)![0]);
  });

  it('fits a point outside the outlines by widening the frame, not by dropping it', () => {
    const far: [number, number] = [36.5, 33.5];
    const wide = fitMapProjection(outline, [...points, far]);
    const [x] = wide(far)!;
    expect(x).toBeLessThanOrEqual(MAP_FRAME.width - MAP_FRAME.padding + 0.01);
  });

  it('draws both outlines as SVG paths inside the frame', () => {
    const paths = outlinePaths(outline, projection);
    expect(paths).toHaveLength(2);
    for (const d of paths) {
      expect(d).toMatch(/^M/);
      const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(MAP_FRAME.height);
    }
  });
});
