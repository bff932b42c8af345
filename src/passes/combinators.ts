import type { Circuit } from '../ir';
import { QnError } from '../errors';
import { CIRCUIT_PROPERTIES, CircuitProperty, Pass, PassResult, makePass } from './pass';
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

/** The contract of a pass sequence, derived from its parts (see {@link composeContract}). */
export interface PassContract {
  readonly requires: readonly CircuitProperty[];
  readonly ensures: readonly CircuitProperty[];
  readonly preserves: readonly CircuitProperty[] | 'all';
}

function preservesProperty(p: Pass, x: CircuitProperty): boolean {
  return p.preserves === 'all' || p.preserves.includes(x);
}

/**
 * The contract of running `passes` in order (tket's pass composition):
 * - requires: every property some pass requires that the passes before it do not ensure (and keep);
 *   such a property must survive the passes before it, else the sequence can never run and a
 *   {@link PassContractError} is thrown here;
 * - ensures: what holds at the end whatever the input had (ensured by some pass, kept by all later);
 * - preserves: what every pass either preserves or ensures ('all' when every pass preserves all).
 * Nested sequences compose like the flat list of their passes.
 */
export function composeContract(passes: readonly Pass[]): PassContract {
  const requires: CircuitProperty[] = [];
  let established = new Set<CircuitProperty>();
  passes.forEach((p, i) => {
    for (const r of p.requires) {
      if (established.has(r) || requires.includes(r)) continue;
      const dropper = passes.slice(0, i).find((q) => !preservesProperty(q, r) && !q.ensures.includes(r));
      if (dropper) {
        throw new PassContractError(`pass '${p.name}' requires ${r}, which the earlier pass '${dropper.name}' does not keep; ` +
          're-establish it (add a lowering pass) between them', { pass: p.name, missing: [r], droppedBy: dropper.name });
      }
      requires.push(r);
    }
    established = after(established, p);
  });
  const allPreserveAll = passes.every((p) => p.preserves === 'all');
  const universe = CIRCUIT_PROPERTIES;
  const preserves = allPreserveAll ? 'all' as const
    : universe.filter((x) => passes.every((p) => preservesProperty(p, x) || p.ensures.includes(x)));
  return { requires, ensures: universe.filter((x) => established.has(x)), preserves };
}

/**
 * Compose passes into one pass that runs them in order, with the contract of
 * {@link composeContract} (so a sequence nested in another is checked exactly like its passes
 * listed flat). When it runs, the parts are checked with {@link checkPassSequence} against the
 * properties the input actually has.
 */
export function sequence(name: string, passes: readonly Pass[], opts: SequenceOptions = {}): Pass {
  const contract = composeContract(passes);
  return makePass({
    name, ...contract,
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
