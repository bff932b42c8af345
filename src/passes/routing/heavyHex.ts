import { CouplingMap, makeCouplingMap } from './couplingMap';

/** One long row of an IBM heavy-hex lattice: its first and last column (inclusive). */
interface HeavyHexRow { readonly firstCol: number; readonly lastCol: number }

/** Layout of an IBM heavy-hex device (see {@link ibmHeavyHexMap}). */
export interface HeavyHexLayout {
  readonly name: string;
  readonly rows: readonly HeavyHexRow[];
  /** Columns of the 4 bridge qubits below row r: `evenCols` for even r, `oddCols` for odd r. */
  readonly evenCols: readonly number[];
  readonly oddCols: readonly number[];
  /** True when the last row also has bridge qubits below it (joined to that row only). */
  readonly bridgesBelowLastRow: boolean;
}

/**
 * IBM heavy-hex devices as built by {@link ibmHeavyHexMap}, with the qubit and edge counts IBM
 * publishes for them (checked in test/passes/devices.test.ts):
 * - Eagle r3 (ibm_brisbane, 127 qubits, 144 couplers): 7 rows, the first over columns 0–13, five
 *   over 0–14, the last over 1–14; bridges at columns 0,4,8,12 / 2,6,10,14 alternately.
 * - Heron r1 (ibm_torino, 133 qubits, 150 couplers): 7 rows over columns 0–14, bridges as Eagle,
 *   and a group of 4 bridge qubits below the last row.
 * - Heron r2 (ibm_fez, 156 qubits, 176 couplers): 8 rows over columns 0–15, bridges at columns
 *   3,7,11,15 / 1,5,9,13 alternately.
 */
export const IBM_HEAVY_HEX: Readonly<Record<'ibm-eagle-r3' | 'ibm-heron-r1' | 'ibm-heron-r2', HeavyHexLayout>> = {
  'ibm-eagle-r3': {
    name: 'ibm-eagle-r3', rows: [{ firstCol: 0, lastCol: 13 }, ...Array.from({ length: 5 }, () => ({ firstCol: 0, lastCol: 14 })), { firstCol: 1, lastCol: 14 }],
    evenCols: [0, 4, 8, 12], oddCols: [2, 6, 10, 14], bridgesBelowLastRow: false,
  },
  'ibm-heron-r1': {
    name: 'ibm-heron-r1', rows: Array.from({ length: 7 }, () => ({ firstCol: 0, lastCol: 14 })),
    evenCols: [0, 4, 8, 12], oddCols: [2, 6, 10, 14], bridgesBelowLastRow: true,
  },
  'ibm-heron-r2': {
    name: 'ibm-heron-r2', rows: Array.from({ length: 8 }, () => ({ firstCol: 0, lastCol: 15 })),
    evenCols: [3, 7, 11, 15], oddCols: [1, 5, 9, 13], bridgesBelowLastRow: false,
  },
};

/**
 * Coupling map of an IBM heavy-hex device (Chamberland et al. 2020, PRX 10, 011022; IBM's device
 * numbering): qubits numbered row by row, each row a line of coupled qubits, followed by the 4
 * bridge qubits below it, each coupled to the qubit of its column in the row above and in the
 * row below. Every qubit has degree ≤ 3.
 */
export function ibmHeavyHexMap(layout: HeavyHexLayout): CouplingMap {
  const edges: [number, number][] = [];
  let next = 0;
  let pendingBridges: { col: number; q: number }[] = [];
  layout.rows.forEach((row, r) => {
    const at = new Map<number, number>();
    for (let c = row.firstCol; c <= row.lastCol; c++) at.set(c, next++);
    for (let c = row.firstCol; c < row.lastCol; c++) edges.push([at.get(c)!, at.get(c + 1)!]);
    for (const b of pendingBridges) edges.push([b.q, at.get(b.col)!]);
    pendingBridges = [];
    if (r + 1 < layout.rows.length || layout.bridgesBelowLastRow) {
      for (const col of r % 2 === 0 ? layout.evenCols : layout.oddCols) {
        const q = next++;
        edges.push([at.get(col)!, q]);
        pendingBridges.push({ col, q });
      }
    }
  });
  return makeCouplingMap(layout.name, next, edges);
}

/** The IBM device map named `name` (`ibm-eagle-r3`, `ibm-heron-r1`, `ibm-heron-r2`), or undefined. */
export function ibmCouplingMapByName(name: string): CouplingMap | undefined {
  const layout = (IBM_HEAVY_HEX as Readonly<Record<string, HeavyHexLayout>>)[name.toLowerCase()];
  return layout ? ibmHeavyHexMap(layout) : undefined;
}
