/** The land, drawn neutrally; its edge is 3:1 against the page so the shape reads. */
export const LAND_FILL = '#e9e6dc';
export const LAND_STROKE = '#767676';
export const PAGE_BACKGROUND = '#ffffff';

/** Authorities in no cluster: grey, and a hollow ring so it differs by shape too. */
export const NO_CLUSTER_COLOUR = '#5c5c5c';

/** Cluster colours, each at least 3:1 against the land (tested). */
export const CLUSTER_COLOURS = ['#0b5cad', '#b3261e', '#1b7a3a', '#8a4f00', '#6a3d9a', '#007c80', '#a3166e'] as const;

export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star'] as const;
export type Shape = (typeof SHAPES)[number] | 'ring';

export interface MapSymbol {
  shape: Shape;
  colour: string;
}

/**
 * The symbol of the n-th cluster. Seven colours and five shapes are coprime, so the first 35
 * clusters all differ, and neighbours in the legend differ in both shape and colour: never
 * colour alone (WCAG 1.4.1).
 */
export function clusterSymbol(index: number): MapSymbol {
  return {
    shape: SHAPES[index % SHAPES.length]!,
    colour: CLUSTER_COLOURS[index % CLUSTER_COLOURS.length]!,
  };
}

export const NO_CLUSTER_SYMBOL: MapSymbol = { shape: 'ring', colour: NO_CLUSTER_COLOUR };

/** An SVG path for a shape of about the same area, centred on 0,0. */
export function symbolPath(shape: Shape, size: number): string {
  const r = size;
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'triangle': {
      const h = r * 1.3;
      return `M0,${-h}L${h * 0.95},${h * 0.7}H${-h * 0.95}Z`;
    }
    case 'diamond': {
      const d = r * 1.3;
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'star': {
      const points: string[] = [];
      for (let i = 0; i < 10; i += 1) {
        const radius = i % 2 === 0 ? r * 1.45 : r * 0.65;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`);
      }
      return `M${points.join('L')}Z`;
    }
  }
}
