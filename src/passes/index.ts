/**
 * Optimization passes, lowering to hardware gate sets, and routing (issue #5). See pass.ts for the
 * pass contract, optimize.ts for the levels, lowering/ for gate sets, routing/ for SABRE.
 */
export * from './pass';
export * from './properties';
export * from './combinators';
export { namCounts } from './namCounts';
export type { NamCounts } from './namCounts';
export { cancelInverses } from './cancelGates';
export { reduceHadamardsPass } from './hadamardReduction';
export { foldPhasesPass, foldPhasesDeepPass } from './phaseFolding';
export { simplifiedParities } from './pathSum';
export type { SimplifiedParities, PathSumOptions } from './pathSum';
export { namRounds, runNamRounds } from './namRounds';
export type { NamRoundOptions } from './namRounds';
export { reduceTCountInRegions, toddRegionsPass } from './toddRegions';
export { resynthesizeRegionsForCnots, resynthesizeRegionsPass } from './regionResynthesis';
export type { ToddRegionOptions, ToddRegionResult } from './toddRegions';
export { toddReduce, cliffordCorrection, pairOfKey } from './todd';
export { cnotPhaseRegions } from './cnotPhaseRegions';
export { decomposeToffolis } from './decomposeToffolis';
export { removeIdentities } from './removeIdentities';
export { resynthesizeRunsPass, resynthesizeSingleQubitRuns, synthesizeSingleQubit } from './resynthesizeSingleQubit';
export type { SingleQubitBasis } from './resynthesizeSingleQubit';
export * from './lowering/gateSets';
export * from './lowering/lowerTo';
export * from './lowering/lowerPasses';
export * from './lowering/tCost';
export * from './lowering/devices';
export * from './lowering/lowerToDevice';
export * from './routing/couplingMap';
export * from './routing/sabre';
export * from './routing/heavyHex';
export * from './equivalence';
export * from './optimize';
export { gadgetizeHadamards, assertGadgetizable } from './hadamardGadgets';
export type { GadgetizedList } from './hadamardGadgets';
export { reduceTCountWithGadgets, parseAncillaMode, parseBudgetS, ANCILLA_MODES } from './gadgetTCount';
export type { AncillaMode, GadgetTCountOptions, GadgetTCountResult } from './gadgetTCount';
