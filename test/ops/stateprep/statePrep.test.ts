import { InvalidVectorError } from '../../../src/errors';
import { countByName, decomposeOp } from '../../../src/ir';
import { makeRng } from '../../../src/math/rng';
import { invertOp, unitaryOfCircuit, unitaryOfOp } from '../../../src/ops';
import {
  effectiveUcryAnglesRad, makeStatePrep, makeStatePrepShape, makeUcry, padVectorToPowerOfTwo, ucryDroppedAngleSumRad,
} from '../../../src/ops/stateprep';
import { applySparse, flattenToSpecGates, stateFromZero } from '../blockEncoding/sparseSim';

const TOL = 1e-12;

function randomVector(N: number, seed: number, zeroFraction = 0): number[] {
  const rng = makeRng(seed);
  return Array.from({ length: N }, () => (rng.next() < zeroFraction ? 0 : rng.normal()));
}

describe('state preparation (Möttönen tree)', () => {
  it.each([
    [2, 1, 0], [4, 2, 0], [8, 3, 0.3], [16, 4, 0], [32, 5, 0.5], [64, 6, 0.2], [256, 7, 0.1],
  ])('N = %i (seed %i, zero fraction %f): amplitudes equal b/‖b‖', (N, seed, zf) => {
    const b = randomVector(N, seed, zf);
    const norm = Math.hypot(...b);
    const st = stateFromZero(makeStatePrep(b));
    let err = 0;
    for (let x = 0; x < N; x++) {
      const [re, im] = st.get(x) ?? [0, 0];
      err = Math.max(err, Math.abs(re - b[x] / norm), Math.abs(im));
    }
    expect(err).toBeLessThan(TOL);
  });

  it.each([
    ['negative basis state', [0, 0, -1, 0]],
    ['all negative', [-1, -2, -3, -4]],
    ['alternating signs', [1, -1, 1, -1, 1, -1, 1, -1]],
    ['single non-zero at the end', [0, 0, 0, 0, 0, 0, 0, 3]],
  ])('%s', (_n, b) => {
    const norm = Math.hypot(...b);
    const st = stateFromZero(makeStatePrep(b));
    for (let x = 0; x < b.length; x++) expect(Math.abs((st.get(x)?.[0] ?? 0) - b[x] / norm)).toBeLessThan(TOL);
  });

  it('the adjoint un-prepares: prep† · prep = identity (reference unitary)', () => {
    const p = makeStatePrep(randomVector(8, 9));
    const u = unitaryOfCircuit({ ...decomposeOp(p), instructions: [...decomposeOp(p).instructions, ...decomposeOp(invertOp(p)).instructions] });
    for (let i = 0; i < 8; i++) for (let j = 0; j < 8; j++) expect(Math.abs(u.re[i * 8 + j] - (i === j ? 1 : 0)) + Math.abs(u.im[i * 8 + j])).toBeLessThan(1e-12);
  });

  it('n qubits use 2^n − 1 Ry and 2^n − 2 CNOTs for a dense generic vector; shape-only counts agree', () => {
    for (const n of [2, 3, 5]) {
      const op = makeStatePrep(randomVector(2 ** n, n + 40));
      const flat = flattenToSpecGates(op);
      const c = countByName(flat);
      expect([c.get('ry'), c.get('cx') ?? 0]).toEqual([2 ** n - 1, 2 ** n - 2]);
      const shape = makeStatePrepShape(n);
      const sum = (o: typeof op, name: string): number => o.def.calls!(o).reduce((s, k) => s + k.count * (k.op.def.calls!(k.op).find((g) => g.op.name === name)?.count ?? 0), 0);
      expect([sum(shape, 'ry'), sum(shape, 'cx')]).toEqual([2 ** n - 1, 2 ** n - 2]);
    }
  });

  it.each([
    ['length 3', [1, 2, 3], /power of two.*pad/],
    ['length 1', [1], /power of two/],
    ['zero vector', [0, 0, 0, 0], /zero norm/],
    ['NaN', [1, NaN], /finite/],
    ['Infinity', [1, 0, Infinity, 0], /finite/],
  ])('%s → InvalidVectorError', (_n, b, msg) => {
    expect(() => makeStatePrep(b)).toThrow(InvalidVectorError);
    expect(() => makeStatePrep(b)).toThrow(msg);
  });

  it('padVectorToPowerOfTwo pads with zeros', () => {
    expect(Array.from(padVectorToPowerOfTwo([1, 2, 3]))).toEqual([1, 2, 3, 0]);
    expect(Array.from(padVectorToPowerOfTwo([5]))).toEqual([5, 0]);
  });
});

describe('uniformly controlled Ry', () => {
  it.each([[1, 1], [2, 2], [3, 3], [4, 4]])('k = %i (seed %i): decomposition equals block-diag Ry(θ_x) computed from the angles', (k, seed) => {
    const rng = makeRng(seed);
    const theta = Array.from({ length: 2 ** k }, () => (rng.next() - 0.5) * 8);
    const u = unitaryOfCircuit(decomposeOp(makeUcry(theta)));
    const K = 2 ** k, dim = 2 * K;
    for (let x = 0; x < K; x++) {
      const c = Math.cos(theta[x] / 2), s = Math.sin(theta[x] / 2);
      expect(Math.abs(u.re[x * dim + x] - c)).toBeLessThan(1e-12);
      expect(Math.abs(u.re[(x + K) * dim + x] - s)).toBeLessThan(1e-12);
      expect(Math.abs(u.re[x * dim + x + K] + s)).toBeLessThan(1e-12);
    }
  });

  it('compression: dropped Gray-code angles move each θ_x by at most their sum, and the circuit matches the effective angles', () => {
    const rng = makeRng(5);
    const theta = Array.from({ length: 16 }, (_, x) => 1 + 0.02 * rng.normal() + (x & 8 ? 0.5 : 0));
    const thr = 0.03;
    const op = makeUcry(theta, thr);
    const eff = effectiveUcryAnglesRad(theta, thr);
    const delta = ucryDroppedAngleSumRad(theta, thr);
    expect(delta).toBeGreaterThan(0);
    for (let x = 0; x < 16; x++) expect(Math.abs(eff[x] - theta[x])).toBeLessThanOrEqual(delta + 1e-12);
    const full = countByName(decomposeOp(makeUcry(theta))), comp = countByName(decomposeOp(op));
    expect(comp.get('ry')!).toBeLessThan(full.get('ry')!);
    expect(comp.get('cx') ?? 0).toBeLessThan(full.get('cx')!);
    // circuit vs effective angles (via the sparse simulator, independent of ucry's own unitary)
    const flat = flattenToSpecGates(op);
    for (let x = 0; x < 16; x++) {
      const out = applySparse(flat, new Map([[x, [1, 0]]]));
      expect(Math.abs((out.get(x)?.[0] ?? 0) - Math.cos(eff[x] / 2))).toBeLessThan(1e-12);
      expect(Math.abs((out.get(x + 16)?.[0] ?? 0) - Math.sin(eff[x] / 2))).toBeLessThan(1e-12);
    }
    expect(unitaryOfOp(op).dim).toBe(32);
  });
});
