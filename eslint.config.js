// Lint rules. The important ones keep sim/ pure: no UI framework, no DOM, no wall clock,
// no Math.random and no timers, so that a seed and a command log replay a run exactly.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const impureGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'performance',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'queueMicrotask',
].map((name) => ({ name, message: `sim/ is deterministic: ${name} is not allowed here.` }));

// Views see the engine through its one public entry, never its modules one by one.
const engineEntry = {
  group: ['@/sim/core/*', '**/sim/core/*'],
  message: 'Import the engine from @/sim/core (sim/core/index.ts), not its modules.',
};

// ...and read a run through the Simulation, not the World inside it.
const noWorld = {
  selector: "MemberExpression[property.name='world']",
  message: 'Read the run through Simulation (sim.paramsNow, sim.nodeViews(), …), not sim.world.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'out/**',
      'out-subpath/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      // A page ships every module it imports: import one scenario, not all of them.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/sim/scenarios',
              message:
                'Import the one scenario this page needs, e.g. @/sim/scenarios/failure-detection/scenario.',
            },
          ],
          patterns: [engineEntry],
        },
      ],
    },
  },
  {
    files: ['content/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [engineEntry] }],
      'no-restricted-syntax': ['error', noWorld],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      // One animation clock for every view, so frames share one time and one loop.
      'no-restricted-globals': [
        'error',
        ...['requestAnimationFrame', 'cancelAnimationFrame'].map((name) => ({
          name,
          message: `Views animate on d3-timer (components/player/frames.ts), not ${name}.`,
        })),
      ],
      'no-restricted-syntax': ['error', noWorld],
    },
  },
  {
    files: ['sim/**/*.ts'],
    ignores: ['sim/**/*.test.ts', 'sim/cli/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'next', 'next/*', '@xstate/react'],
              message: 'sim/ must not depend on React or Next.',
            },
            {
              group: ['d3', 'd3-selection', 'd3-transition', 'd3-timer', 'd3-drag', 'd3-zoom'],
              message: 'sim/ must not touch the DOM or timers; d3 belongs in components/.',
            },
            {
              group: ['@/components/*', '@/app/*', '@/content/*'],
              message: 'sim/ imports nothing from the layers above it.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto'],
              message: 'sim/ runs in the browser too; Node APIs belong in sim/cli/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the world PRNG (sim/core/rng.ts).' },
        { object: 'Date', property: 'now', message: 'Use virtual time.' },
        { object: 'performance', property: 'now', message: 'Use virtual time.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'Use virtual time.' },
        { selector: "CallExpression[callee.name='Date']", message: 'Use virtual time.' },
      ],
    },
  },
);
