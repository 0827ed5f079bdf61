// Lint for the whole tree. Import boundaries: apps never import apps, libs never import apps,
// and @los/contracts imports nothing of ours; apps reach libs only through their @los/* aliases.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const APPS = ['gateway', 'kyc-service', 'offer-service', 'underwriting-service', 'disbursal-service', 'sandbox'];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const noAppImports = { group: ['**/apps/**', ...APPS.map((app) => `**/${app}/src/**`)], message: 'Libraries never import apps.' };
const noRelativeLibs = { group: ['**/libs/**'], message: 'Import a library through its @los/* alias.' };
const otherApps = (app) => ({
  group: ['**/apps/**', ...APPS.filter((other) => other !== app).map((other) => `**/${other}/**`)],
  message: 'Apps never import other apps; share code through libs/.',
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.stack/**', 'data/**', 'tools/**', 'test/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  // Tests read loosely typed JSON bodies.
  { files: ['test/**/*.ts', 'bench/**/*.ts', '**/*.spec.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  ...APPS.map((app) => ({ files: [`apps/${app}/**/*.ts`], rules: restrict([otherApps(app), noRelativeLibs]) })),
  { files: ['libs/**/*.ts'], rules: restrict([noAppImports]) },
  {
    files: ['libs/contracts/**/*.ts'],
    rules: restrict([
      noAppImports,
      { group: ['@los/*', '**/common/src/**', '**/nbfc/src/**'], message: '@los/contracts imports nothing of ours.' },
    ]),
  },
);
