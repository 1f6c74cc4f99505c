import { UndirectedGraph } from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutNode {
  id: string;
}

export interface LayoutLink {
  source: string;
  target: string;
  weight: number;
}

export interface Placed {
  x: number;
  y: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Kept free at each edge, for the nodes' shapes and labels. */
  margin: number;
  iterations?: number;
}

/**
 * Where each node of the network goes in a width × height drawing: ForceAtlas2 (graphology's
 * layout) from a circle in the nodes' order, a fixed number of iterations, no randomness, so the
 * same network is drawn the same way every time. Linked nodes pull together, all push apart;
 * gravity keeps separate groups on the page. Scaled to fit inside the margins.
 */
export function layoutNetwork(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  { width, height, margin, iterations = 150 }: LayoutOptions,
): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  if (nodes.length === 0) return placed;
  if (nodes.length === 1) {
    placed.set(nodes[0]!.id, { x: width / 2, y: height / 2 });
    return placed;
  }
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node.id);
  for (const link of links) {
    if (graph.hasNode(link.source) && graph.hasNode(link.target) && !graph.hasEdge(link.source, link.target)) {
      graph.addEdge(link.source, link.target, { weight: link.weight });
    }
  }
  circular.assign(graph, { scale: 100 });
  const positions = forceAtlas2(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, strongGravityMode: true, barnesHutOptimize: false },
  });

  const xs = Object.values(positions).map((p) => p.x);
  const ys = Object.values(positions).map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const round = (value: number) => Math.round(value * 10) / 10;
  for (const node of nodes) {
    const p = positions[node.id]!;
    placed.set(node.id, {
      x: round(margin + ((p.x - minX) / spanX) * (width - 2 * margin)),
      y: round(margin + ((p.y - minY) / spanY) * (height - 2 * margin)),
    });
  }
  return placed;
}
