// `npm run lint`: Next.js's own rules (core web vitals, React, hooks, accessibility, imports) and typescript-eslint's
// recommended rules, as `create-next-app` sets them up. Any warning fails the run (`--max-warnings 0`).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks a binding kept on purpose (a callback's position); `const { html: _body, ...entry } = doc`
      // is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // What builds, tests and benchmarks write, never source: Next's build folders (the tests and benchmarks build into
  // `.next-*`), Contentlayer's output and the search index beside it (`<generated>/search`), the server bundle,
  // the tests' generated sites, reports, and scratch folders (`bench/results/tmp`).
  globalIgnores([
    '.next/**',
    '.next-*/**',
    '.contentlayer/**',
    'dist/**',
    'out/**',
    'build/**',
    'coverage/**',
    'test-results/**',
    'tests/.generated/**',
    '**/tmp/**',
    'next-env.d.ts',
  ]),
]);
