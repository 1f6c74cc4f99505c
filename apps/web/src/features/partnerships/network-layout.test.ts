import { describe, expect, it } from 'vitest';
import { layoutNetwork } from './network-layout';

const OPTIONS = { width: 800, height: 600, margin: 40 };
const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
const links = [
  { source: 'a', target: 'b', weight: 3 },
  { source: 'b', target: 'c', weight: 1 },
  { source: 'a', target: 'c', weight: 1 },
  { source: 'd', target: 'e', weight: 1 },
];

describe('layoutNetwork', () => {
  it('draws the same network the same way every time', () => {
    expect(layoutNetwork(nodes, links, OPTIONS)).toEqual(layoutNetwork(nodes, links, OPTIONS));
  });

  it('keeps every node inside the margins, using the whole drawing', () => {
    const placed = [...layoutNetwork(nodes, links, OPTIONS).values()];
    expect(placed).toHaveLength(6);
    for (const { x, y } of placed) {
      expect(x).toBeGreaterThanOrEqual(40);
      expect(x).toBeLessThanOrEqual(760);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(y).toBeLessThanOrEqual(560);
    }
    expect(Math.min(...placed.map((p) => p.x))).toBe(40);
    expect(Math.max(...placed.map((p) => p.x))).toBe(760);
  });

  it('draws linked nodes closer than unlinked ones', () => {
    const placed = layoutNetwork(nodes, links, OPTIONS);
    const distance = (a: string, b: string) =>
      Math.hypot(placed.get(a)!.x - placed.get(b)!.x, placed.get(a)!.y - placed.get(b)!.y);
    expect(distance('a', 'b')).toBeLessThan(distance('a', 'e'));
    expect(distance('d', 'e')).toBeLessThan(distance('d', 'a'));
  });

  it('puts a lone node in the middle and draws nothing for an empty network', () => {
    expect(layoutNetwork([{ id: 'a' }], [], OPTIONS).get('a')).toEqual({ x: 400, y: 300 });
    expect(layoutNetwork([], [], OPTIONS).size).toBe(0);
  });
});
