import { OpStep, accumulateCalls, callsOfCircuit, callsOfSteps, circuitOfSteps } from '../../src/ir';
import { makeStdGate } from '../../src/ops/gates';

const h = makeStdGate('h'), cx = makeStdGate('cx'), rz = (a: number) => makeStdGate('rz', [a]);

/** Independent count: name(angles) → total, by a plain loop over the step list. */
function naiveCounts(steps: readonly OpStep[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const [op] of steps) { const k = `${op.name}(${op.angles.join(',')})`; m.set(k, (m.get(k) ?? 0) + 1); }
  return m;
}

function asNamed(calls: ReadonlyArray<{ op: { name: string; angles: readonly number[] }; count: number }>): Map<string, number> {
  return new Map(calls.map((c) => [`${c.op.name}(${c.op.angles.join(',')})`, c.count]));
}

describe('call-list helpers (src/ir/calls.ts)', () => {
  it.each([
    ['empty', [] as OpStep[]],
    ['one gate', [[h, [0]]] as OpStep[]],
    ['repeats and distinct angles', [[h, [0]], [cx, [0, 1]], [h, [1]], [rz(0.5), [1]], [rz(0.5), [0]], [rz(-0.5), [1]], [cx, [1, 0]]] as OpStep[]],
  ])('callsOfSteps and callsOfCircuit(circuitOfSteps) agree with a naive count (%s)', (_name, steps) => {
    const expected = naiveCounts(steps);
    expect(asNamed(callsOfSteps(steps))).toEqual(expected);
    const circuit = circuitOfSteps(2, steps);
    expect(circuit.instructions.length).toBe(steps.length);
    expect(asNamed(callsOfCircuit(circuit))).toEqual(expected);
  });

  it('accumulateCalls sums by op key in first-seen order and drops zero counts', () => {
    const out = accumulateCalls([{ op: cx, count: 3 }, { op: h, count: 0 }, { op: rz(1), count: 2 }, { op: cx, count: 4 }, { op: rz(1), count: 1 }]);
    expect(out.map((c) => [c.op.name, c.count])).toEqual([['cx', 7], ['rz', 3]]);
  });

  it('accumulateCalls does not mutate its inputs', () => {
    const input = [{ op: cx, count: 2 }, { op: cx, count: 5 }];
    accumulateCalls(input);
    expect(input.map((c) => c.count)).toEqual([2, 5]);
  });
});
