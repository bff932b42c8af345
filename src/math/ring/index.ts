/**
 * Exact ring arithmetic for Clifford+T synthesis: Z[√2], Z[ω] (ω = e^{iπ/4}) and D[ω] = Z[ω][1/√2]
 * matrices on BigInt; number theory (factoring, square roots mod p); the Diophantine step
 * t†t = ξ; 1-D grid problems; exact synthesis (KMM) and Ross–Selinger z-rotation synthesis.
 */
export * from './zRoot2';
export * from './zOmega';
export * from './numberTheory';
export * from './fixedPoint';
export * from './diophantine';
export * from './gridProblem';
export * from './exactSynthesis';
export * from './gridsynth';
