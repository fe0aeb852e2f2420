// @ts-check
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');
const angular = require('angular-eslint');
const ngrx = require('@ngrx/eslint-plugin/v9');

module.exports = tseslint.config(
  {
    ignores: [
      'dist/',
      '.angular/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'out-tsc/',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [
      eslint.configs.recommended,
      ...tseslint.configs.recommended,
      ...tseslint.configs.stylistic,
      ...angular.configs.tsRecommended,
    ],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'app', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'app', style: 'kebab-case' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [...ngrx.configs.all],
    rules: {
      // Pages read the store with selectSignal; signals need no `$` suffix.
      '@ngrx/prefix-selectors-with-select': 'error',
      '@ngrx/prefer-effect-callback-in-block-statement': 'off',
      '@ngrx/with-state-no-arrays-at-root-level': 'off',
      '@ngrx/signal-store-feature-should-use-generic-type': 'off',
      '@ngrx/enforce-type-call': 'off',
      '@ngrx/require-super-ondestroy': 'off',
      '@ngrx/prefer-protected-state': 'off',
      '@ngrx/signal-state-no-arrays-at-root-level': 'off',
      '@ngrx/avoid-combining-component-store-selectors': 'off',
      '@ngrx/avoid-mapping-component-store-selectors': 'off',
      '@ngrx/updater-explicit-return-type': 'off',
      '@ngrx/no-typed-global-store': 'off',
      '@ngrx/avoid-mapping-selectors': 'off',
    },
  },
  {
    files: ['**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
    rules: {},
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
