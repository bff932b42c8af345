import { checkQubitizedHhl } from './helpers';

describe('HHL by qubitization: simulated post-selected state vs classical A⁻¹b', () => {
  it.each([
    // N, κ, ε, block encoding, seed
    [4, 3, 0.02, 'dense-dilation', 11],
    [8, 3, 0.02, 'dense-dilation', 12],
  ])('N=%d κ=%d ε=%d %s (seed %d): fidelity ≥ 0.99, prediction matches', (n, kappa, epsilon, be, seed) => {
    checkQubitizedHhl(n, kappa, epsilon, be, seed);
  });
});
