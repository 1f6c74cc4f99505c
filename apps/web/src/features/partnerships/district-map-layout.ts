import type { FeatureCollection } from 'geojson';
import { fitMapProjection, MAP_FRAME, outlinePaths } from '../home/map-projection';

/**
 * The dashboard's map of partnerships by district. The product holds no district boundaries
 * (only the country's outline and each local authority's place), and drawing made-up ones would
 * misstate where districts run. So each authority is drawn at its place in its district's shade:
 * the districts show as the clouds of their authorities, and the shade and size say how many
 * partnerships work in that district. The table beside the map gives the exact counts.
 */

/** Light to dark; each point also has a dark edge (3:1 against the land) and grows with its class. */
export const DISTRICT_SHADES = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
export const POINT_EDGE = '#1f1f1f';
/** A district with no partnership: a hollow grey ring. */
export const NONE_EDGE = '#5c5c5c';
const RADII = [2.6, 3.2, 3.8, 4.4] as const;

export interface ShadeClass {
  /** 0 for "none", else 1 to the number of classes, lightest first. */
  index: number;
  /** The counts the class covers, inclusive. */
  from: number;
  to: number;
  fill: string | null;
  edge: string;
  radius: number;
}

/**
 * Up to four classes of equal width from 1 to the largest count (fewer when the largest is
 * smaller: with a largest count of 2 there are two classes, 1 and 2), and class 0 for none.
 * Integer arithmetic, so a count always falls in exactly one class.
 */
export function shadeClasses(maxCount: number): ShadeClass[] {
  const none: ShadeClass = { index: 0, from: 0, to: 0, fill: null, edge: NONE_EDGE, radius: RADII[0] };
  const n = Math.min(DISTRICT_SHADES.length, Math.max(0, maxCount));
  const classes = [none];
  for (let i = 1; i <= n; i += 1) {
    classes.push({
      index: i,
      from: Math.floor(((i - 1) * maxCount) / n) + 1,
      to: Math.floor((i * maxCount) / n),
      // Spread over the shades so two classes are never neighbours in lightness.
      fill: DISTRICT_SHADES[
        n === 1 ? DISTRICT_SHADES.length - 1 : Math.round(((i - 1) * (DISTRICT_SHADES.length - 1)) / (n - 1))
      ]!,
      edge: POINT_EDGE,
      radius: RADII[i - 1]!,
    });
  }
  return classes;
}

/** The class of a count: ceil(count × n / max), computed in integers. */
export function classOf(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return 0;
  const n = Math.min(DISTRICT_SHADES.length, maxCount);
  return Math.floor((count * n + maxCount - 1) / maxCount);
}

interface AuthorityLike {
  id: string;
  latitude: number | null;
  longitude: number | null;
  district: { code: string } | null;
}

interface DistrictCount {
  district: string;
  count: number;
}

export interface DistrictMapLayout<A> {
  outline: string[];
  points: Array<{ authority: A; x: number; y: number; district: string; shade: ShadeClass }>;
  classes: ShadeClass[];
  /** Each district's class, for the legend. */
  districts: Map<string, ShadeClass>;
  /** Authorities not drawn: no place, or no district. */
  notDrawn: number;
}

export function layoutDistrictMap<A extends AuthorityLike>(
  outline: FeatureCollection,
  authorities: readonly A[],
  counts: readonly DistrictCount[],
): DistrictMapLayout<A> {
  const maxCount = Math.max(0, ...counts.map((row) => row.count));
  const classes = shadeClasses(maxCount);
  const districts = new Map(counts.map((row) => [row.district, classes[classOf(row.count, maxCount)]!]));
  const placed = authorities.filter(
    (authority) =>
      authority.latitude !== null &&
      authority.longitude !== null &&
      authority.district !== null &&
      districts.has(authority.district.code),
  );
  const projection = fitMapProjection(
    outline,
    placed.map((authority) => [authority.longitude!, authority.latitude!] as const),
    MAP_FRAME,
  );
  const points = placed.map((authority) => {
    const [x, y] = projection([authority.longitude!, authority.latitude!])!;
    const district = authority.district!.code;
    return { authority, x, y, district, shade: districts.get(district)! };
  });
  // Lighter classes first, so the darker (more partnerships) are drawn on top where points meet.
  points.sort((a, b) => a.shade.index - b.shade.index);
  return {
    outline: outlinePaths(outline, projection),
    points,
    classes,
    districts,
    notDrawn: authorities.length - placed.length,
  };
}
