import type { Circuit } from '../ir';
import { QnError } from '../errors';
import { CircuitProperty, Pass, PassResult, makePass } from './pass';
import { hasProperty, propertiesOf } from './properties';

/** A pass sequence that violates a requires/ensures contract (code PASS_CONTRACT). */
export class PassContractError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('PASS_CONTRACT', message, details);
  }
}

function after(props: ReadonlySet<CircuitProperty>, p: Pass): Set<CircuitProperty> {
  const kept = p.preserves === 'all' ? new Set(props) : new Set([...props].filter((x) => (p.preserves as readonly CircuitProperty[]).includes(x)));
  for (const e of p.ensures) kept.add(e);
  return kept;
}

/**
 * Check, without running anything, that each pass's `requires` holds given the properties
 * established before it (starting from `initial`). Throws {@link PassContractError} naming the
 * first pass whose requirement is unmet. Returns the properties holding at the end.
 */
export function checkPassSequence(passes: readonly Pass[], initial: readonly CircuitProperty[]): ReadonlySet<CircuitProperty> {
  let props = new Set(initial);
  for (const p of passes) {
    const missing = p.requires.filter((r) => !props.has(r));
    if (missing.length) {
      throw new PassContractError(`pass '${p.name}' requires ${missing.join(', ')}, which the passes before it do not establish; ` +
        'add a lowering pass (e.g. toNamBasis) before it', { pass: p.name, missing });
    }
    props = after(props, p);
  }
  return props;
}

/** Options of {@link sequence}. */
export interface SequenceOptions {
  /** After each pass, verify its `ensures` on the actual circuit (debug audit). */
  readonly audit?: boolean;
  /** Called after each pass (for reports). */
  readonly onPass?: (name: string, result: PassResult, elapsedMs: number) => void;
}

/**
 * Compose passes into one pass that runs them in order. The contract of the sequence is derived
 * from its parts; the sequence itself is checked with {@link checkPassSequence} when it runs
 * (against the properties the input actually has).
 */
export function sequence(name: string, passes: readonly Pass[], opts: SequenceOptions = {}): Pass {
  const ensures = [...checkPassSequence(passes, ['stdGatesOnly', 'namBasis', 'noCcz', 'ibmBasis', 'ionBasis', 'cliffordTBasis', 'routed'])]
    .filter((p) => passes.some((x) => x.ensures.includes(p)));
  const requires = passes.length ? passes[0].requires : [];
  return makePass({
    name, requires, ensures, preserves: [],
    run(circuit: Circuit): PassResult {
      checkPassSequence(passes, propertiesOf(circuit));
      let c = circuit;
      let changed = false;
      for (const p of passes) {
        const t0 = Date.now();
        const r = p.run(c);
        if (opts.audit) {
          const bad = p.ensures.filter((e) => e !== 'routed' && !hasProperty(r.circuit, e));
          if (bad.length) throw new PassContractError(`pass '${p.name}' claims ${bad.join(', ')} but its output lacks it (a bug in the pass)`, { pass: p.name, bad });
        }
        opts.onPass?.(p.name, r, Date.now() - t0);
        c = r.circuit;
        changed ||= r.changed;
      }
      return { circuit: c, changed };
    },
  });
}

/**
 * Repeat `pass` until it reports no change, at most `maxIterations` times (always capped:
 * a rewrite system that oscillates must still terminate).
 */
export function fixedPoint(pass: Pass, maxIterations: number): Pass {
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new Error(`fixedPoint: maxIterations must be a positive integer, got ${maxIterations}`);
  return makePass({
    name: `fixedPoint(${pass.name}, ${maxIterations})`,
    requires: pass.requires, ensures: pass.ensures, preserves: pass.preserves,
    run(circuit: Circuit): PassResult {
      let c = circuit;
      let changed = false;
      for (let i = 0; i < maxIterations; i++) {
        const r = pass.run(c);
        c = r.circuit;
        if (!r.changed) break;
        changed = true;
      }
      return { circuit: c, changed };
    },
  });
}
