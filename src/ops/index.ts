/**
 * Public API of src/ops: standard and multi-controlled gates, measure/reset/barrier, inverses,
 * reference unitaries, the registry, and every op family folder (arith, oracles, blockEncoding,
 * stateprep, qsvt, hhl, modifiers). Names do not clash across folders (checked by
 * test/ops/publicApi.test.ts); add explicit named exports here if a future name does.
 */
export * from './gates';
export * from './nonunitary';
export * from './inverse';
export * from './unitaryOf';
export * from './registry';
export * from './arith';
export * from './oracles';
export * from './blockEncoding';
export * from './stateprep';
export * from './qsvt';
export * from './hhl';
export * from './modifiers';
