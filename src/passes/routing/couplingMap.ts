import { InvalidArgumentError } from '../../errors';

/** An undirected device connectivity graph over physical qubits 0..numPhysicalQubits−1. */
export interface CouplingMap {
  readonly name: string;
  readonly numPhysicalQubits: number;
  /** Coupled pairs (a < b), sorted, without duplicates. */
  readonly edges: readonly (readonly [number, number])[];
}

/** A coupling map from an edge list (pairs normalized to a < b, sorted, deduplicated; invalid edges are an InvalidArgumentError). */
export function makeCouplingMap(name: string, n: number, raw: readonly (readonly [number, number])[]): CouplingMap {
  const seen = new Set<string>();
  const edges: [number, number][] = [];
  for (const [x, y] of raw) {
    if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n || x === y) {
      throw new InvalidArgumentError(`coupling map ${name}: invalid edge [${x}, ${y}] (qubits must be distinct integers in 0..${n - 1})`);
    }
    const e: [number, number] = x < y ? [x, y] : [y, x];
    const k = `${e[0]},${e[1]}`;
    if (!seen.has(k)) { seen.add(k); edges.push(e); }
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return Object.freeze({ name, numPhysicalQubits: n, edges: Object.freeze(edges.map((e) => Object.freeze(e))) });
}

/** A line 0–1–2–…–(n−1). */
export function lineMap(n: number): CouplingMap {
  checkSize(n, 'line');
  return makeCouplingMap(`line:${n}`, n, Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const));
}

/** An rows×cols grid, qubit r·cols + c, nearest-neighbour coupling. */
export function gridMap(rows: number, cols: number): CouplingMap {
  checkSize(rows, 'grid rows'); checkSize(cols, 'grid cols');
  const e: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const q = r * cols + c;
    if (c + 1 < cols) e.push([q, q + 1]);
    if (r + 1 < rows) e.push([q, q + cols]);
  }
  return makeCouplingMap(`grid:${rows}x${cols}`, rows * cols, e);
}

/**
 * Heavy-hex lattice (IBM Falcon/Eagle style; Chamberland et al. 2020, PRX 10, 011022): `rows`
 * rows of 4·rows+3 qubits in a line, consecutive rows joined by bridge qubits every 4 columns,
 * at columns 0, 4, 8, … below even rows and 2, 6, 10, … below odd rows. Numbering: row 0, row 1,
 * the bridges between rows 0 and 1, row 2, the bridges between rows 1 and 2, … . Every qubit has
 * degree ≤ 3. heavyhex:1 = line of 7; heavyhex:2 = 25 qubits; heavyhex:3 = 53; heavyhex:4 = 91.
 */
export function heavyHexMap(rows: number): CouplingMap {
  checkSize(rows, 'heavy-hex rows');
  const width = 4 * rows + 3;
  const e: [number, number][] = [];
  let next = 0;
  let prevRow: number[] = [];
  for (let r = 0; r < rows; r++) {
    const row = Array.from({ length: width }, () => next++);
    for (let c = 0; c + 1 < width; c++) e.push([row[c], row[c + 1]]);
    if (r > 0) {
      for (let c = (r - 1) % 2 === 0 ? 0 : 2; c < width; c += 4) {
        const b = next++;
        e.push([prevRow[c], b], [b, row[c]]);
      }
    }
    prevRow = row;
  }
  return makeCouplingMap(`heavyhex:${rows}`, next, e);
}

/**
 * IBM Q Tokyo (20 qubits, 43 couplers), the device of the SABRE paper's evaluation (Li, Ding,
 * Xie, ASPLOS 2019, Fig. 7 / Sec. VI): a 4×5 grid (qubit 5·r + c) with the crossing couplers
 * 1–7, 2–6, 3–9, 4–8, 5–11, 6–10, 7–13, 8–12, 11–17, 12–16, 13–19, 14–18. Lets routing be
 * compared like for like with numbers published for that device.
 */
export function ibmTokyoMap(): CouplingMap {
  const grid = gridMap(4, 5).edges;
  const crossings: [number, number][] = [[1, 7], [2, 6], [3, 9], [4, 8], [5, 11], [6, 10], [7, 13], [8, 12], [11, 17], [12, 16], [13, 19], [14, 18]];
  return makeCouplingMap('ibmq-tokyo', 20, [...grid, ...crossings]);
}

function checkSize(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1 || n > 100000) throw new InvalidArgumentError(`${what} must be a positive integer, got ${n}`);
}

/**
 * Parse a coupling map from JSON text: either an edge list `[[0,1],[1,2],…]` or an object
 * `{"numQubits": n, "edges": [[0,1],…]}` (Qiskit's CouplingMap.get_edges() output is an edge list;
 * directed pairs are treated as undirected).
 */
export function couplingMapFromJson(text: string, name = 'json'): CouplingMap {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) {
    throw new InvalidArgumentError(`coupling map ${name}: not valid JSON (${(e as Error).message}); expected [[0,1],[1,2],...]`);
  }
  const obj = Array.isArray(data) ? { edges: data } : (data as { edges?: unknown; numQubits?: unknown });
  if (!obj || !Array.isArray(obj.edges) || !obj.edges.every((p) => Array.isArray(p) && p.length === 2)) {
    throw new InvalidArgumentError(`coupling map ${name}: expected an edge list [[a,b],...] or {"numQubits": n, "edges": [[a,b],...]}`);
  }
  const edges = obj.edges as [number, number][];
  const maxQ = edges.reduce((m, [a, b]) => Math.max(m, a, b), -1);
  const n = typeof obj.numQubits === 'number' ? obj.numQubits : maxQ + 1;
  if (!Number.isInteger(n) || n < maxQ + 1) throw new InvalidArgumentError(`coupling map ${name}: numQubits ${String(obj.numQubits)} is smaller than the largest qubit index + 1`);
  return makeCouplingMap(name, n, edges);
}

/**
 * Parse a built-in coupling-map spec: `line:N`, `grid:RxC`, `heavyhex:R`, `ibmq-tokyo`. Returns undefined when
 * `spec` is not of that form (the CLI then treats it as a JSON file path).
 */
export function parseCouplingSpec(spec: string): CouplingMap | undefined {
  let m = /^line:(\d+)$/i.exec(spec);
  if (m) return lineMap(Number(m[1]));
  m = /^grid:(\d+)x(\d+)$/i.exec(spec);
  if (m) return gridMap(Number(m[1]), Number(m[2]));
  m = /^heavyhex:(\d+)$/i.exec(spec);
  if (m) return heavyHexMap(Number(m[1]));
  if (/^ibmq-tokyo$/i.test(spec)) return ibmTokyoMap();
  return undefined;
}

/** All-pairs shortest-path distances (BFS from each qubit), row-major n×n; unreachable = large. */
export function distanceMatrix(map: CouplingMap): Int32Array {
  const n = map.numPhysicalQubits;
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of map.edges) { adj[a].push(b); adj[b].push(a); }
  const d = new Int32Array(n * n).fill(1 << 20);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    d[s * n + s] = 0;
    let h = 0, t = 0;
    queue[t++] = s;
    while (h < t) {
      const u = queue[h++];
      for (const v of adj[u]) if (d[s * n + v] > d[s * n + u] + 1) { d[s * n + v] = d[s * n + u] + 1; queue[t++] = v; }
    }
  }
  return d;
}

/** Adjacency lists of the map. */
export function adjacency(map: CouplingMap): number[][] {
  const adj: number[][] = Array.from({ length: map.numPhysicalQubits }, () => []);
  for (const [a, b] of map.edges) { adj[a].push(b); adj[b].push(a); }
  return adj;
}
