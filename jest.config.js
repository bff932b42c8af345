/** Jest config: TypeScript is transpiled by @swc/jest (fast, no type-check; `npm test` runs tsc --noEmit first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/*.test.ts'],
  // Slow suites are named *.slow.test.ts; `npm run test:slow` runs them.
  testPathIgnorePatterns: process.env.QN_SLOW ? ['/node_modules/'] : ['/node_modules/', '\\.slow\\.test\\.ts$'],
  testTimeout: 120000,
};
