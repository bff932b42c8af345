// ESLint flat config: typescript-eslint's recommended rules over src/, test/ and bench/
// (type-aware rules are left to `tsc --noEmit`, which runs first in `npm test`).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'qasm-out/**', 'bench/results/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc (noUnusedLocals / noUnusedParameters) already reports these, with the same meaning.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
);
