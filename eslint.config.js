// ESLint flat config: typescript-eslint's recommended rules plus the architecture's layer rules
// (architecture.md "Dependency rules") and the determinism bans of crowd-model.md §3.4.
// Fast on purpose: no type-aware rules. tests/lint/layerRules.test.ts proves the rules fire.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// Layer rules. Imports between our folders are relative ('../sim', '../../store/uiStore'), so a
// pattern depends on how deep the importing file sits: a file k folders below src/<layer> reaches
// src/ with exactly k+1 '../'. We generate one config block per (layer, depth).
//
// values: folders whose values (and types) the layer may import
// types:  folders it may import types from only (`import type …`)
// everything else under src/ is forbidden. Outside src/sim, the model is reached only through its
// public face src/sim/index.ts (cli excepted: benchmarks may reach inside).
//
// Not lintable, kept by review: only src/main.ts (browser) and src/cli/* (Node) construct concrete
// instances (createSim, new Worker, Phaser.Game, stores) and wire them together; everything else
// receives what it needs as arguments.
// ---------------------------------------------------------------------------------------------

const OUR_FOLDERS = [
  'sim', 'story', 'scenario', 'drill', 'scoring', 'store', 'scenes', 'ui', 'audio', 'persist',
  'i18n', 'cli', 'workers',
];
const CORE = ['sim', 'story', 'drill', 'scoring'];
const BROWSER_LIBS = ['phaser', 'zustand', 'howler', 'lit-html', 'uplot', 'idb'];

/** @type {Record<string, { values: string[]; types: string[]; packages: string[]; builtins: boolean; simInternals?: boolean }>} */
const POLICY = {
  sim: { values: [], types: [], packages: [...BROWSER_LIBS, 'inkjs'], builtins: true },
  story: { values: [], types: ['sim', 'scenario'], packages: BROWSER_LIBS, builtins: true },
  scenario: { values: ['sim'], types: ['story'], packages: ['phaser', 'zustand', 'howler'], builtins: false },
  drill: { values: ['sim', 'story', 'scenario'], types: [], packages: BROWSER_LIBS, builtins: true },
  scoring: { values: [], types: ['drill', 'scenario', 'sim', 'story'], packages: [...BROWSER_LIBS, 'inkjs'], builtins: true },
  store: { values: [], types: ['sim', 'story', 'scenario', 'drill', 'scoring', 'i18n'], packages: ['phaser', 'howler', 'inkjs'], builtins: true },
  scenes: { values: ['store', 'i18n'], types: ['sim', 'story', 'scenario', 'drill', 'scoring'], packages: ['howler', 'inkjs'], builtins: true },
  ui: { values: ['store', 'i18n'], types: ['sim', 'story', 'scenario', 'drill', 'scoring'], packages: ['phaser', 'howler', 'inkjs'], builtins: true },
  audio: { values: ['store'], types: ['sim', 'story', 'scenario', 'drill'], packages: ['phaser', 'inkjs'], builtins: true },
  persist: { values: ['sim', 'story', 'scenario', 'drill', 'scoring'], types: [], packages: ['phaser', 'howler'], builtins: false },
  i18n: { values: [], types: [], packages: [...BROWSER_LIBS, 'inkjs'], builtins: true },
  cli: { values: ['sim', 'story', 'scenario', 'drill', 'scoring', 'persist', 'i18n'], types: [], packages: ['phaser', 'howler', 'zustand'], builtins: false, simInternals: true },
  workers: { values: ['sim', 'drill', 'scoring'], types: ['scenario', 'story'], packages: ['phaser', 'zustand', 'howler'], builtins: true },
};

const MAX_DEPTH = 4;
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `^(\.\./){n}` — exactly n steps up, i.e. from this file to src/. */
const up = (n) => `^(\\.\\./){${n}}`;
/** Matches an import of folder `f` (any file inside it) from a file n levels below src/. */
const intoFolder = (n, f) => `${up(n)}${esc(f)}(/|$)`;
/** src/sim/index.ts, spelled any of the usual ways. */
const simIndex = (n) => `${up(n)}sim(/index(\\.[jt]s)?)?$`;
/** Anything in src/sim except its index. */
const simInternal = (n) => `${up(n)}sim/(?!index(\\.[jt]s)?$)`;

/** The no-restricted-imports options for a file of `layer` that sits `n` levels below src/. */
function importRules(layer, n, forTests) {
  const policy = POLICY[layer];
  // Packages as patterns, not `paths`: a path matches only the bare name, and 'zustand/vanilla'
  // or 'inkjs/full' would slip through.
  const patterns = policy.packages.map((name) => ({
    regex: `^${esc(name)}(/|$)`, message: `src/${layer} must not use ${name} (architecture.md dependency rules).`,
  }));
  // Tests run only in Node (vitest) and may read fixtures with node:fs and friends.
  if (policy.builtins && !forTests) {
    patterns.push({
      regex: `^(node:|(${NODE_BUILTINS.map(esc).join('|')})(/|$))`,
      message: `src/${layer} runs in the browser (or a Worker): no Node built-in modules.`,
    });
  }
  if (layer === 'sim') {
    // n '../' from a file n levels below src/ leaves src/sim (the file is n-1 folders inside it).
    patterns.push({ regex: up(n), message: 'src/sim imports nothing of ours outside src/sim.' });
    return { patterns };
  }
  if (CORE.includes(layer) || layer === 'scenario') {
    patterns.push({ regex: `^(\\.\\./){${n + 1},}`, message: `src/${layer} must not import from outside src/.` });
  }
  for (const folder of OUR_FOLDERS) {
    if (folder === layer) continue;
    if (folder === 'sim') {
      if (policy.simInternals) continue;
      patterns.push({
        regex: simInternal(n),
        message: `src/${layer} must reach the crowd model only through src/sim/index.ts, never sim internals.`,
      });
      if (!policy.values.includes('sim')) {
        patterns.push({
          regex: simIndex(n),
          allowTypeImports: policy.types.includes('sim'),
          message: policy.types.includes('sim')
            ? `src/${layer} may import only types from src/sim (use \`import type\`).`
            : `src/${layer} must not import src/sim.`,
        });
      }
      continue;
    }
    if (policy.values.includes(folder)) continue;
    const typeOnly = policy.types.includes(folder);
    patterns.push({
      regex: intoFolder(n, folder),
      allowTypeImports: typeOnly,
      message: typeOnly
        ? `src/${layer} may import only types from src/${folder} (use \`import type\`).`
        : `src/${layer} must not import src/${folder} (architecture.md dependency rules).`,
    });
  }
  return { patterns };
}

const layerBlocks = [];
for (const layer of Object.keys(POLICY)) {
  for (let k = 0; k < MAX_DEPTH; k++) {
    const dir = `src/${layer}/${'*/'.repeat(k)}`;
    layerBlocks.push({
      name: `shapan/layers/${layer}/depth${k}`,
      files: [`${dir}*.{ts,mts}`],
      rules: { 'no-restricted-imports': ['error', importRules(layer, k + 1, false)] },
    }, {
      name: `shapan/layers/${layer}/depth${k}/tests`,
      files: [`${dir}*.test.ts`],
      rules: { 'no-restricted-imports': ['error', importRules(layer, k + 1, true)] },
    });
  }
}
// main.ts is the composition root: it may wire anything, but the model only through its index.
layerBlocks.push({
  name: 'shapan/layers/main',
  files: ['src/main.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [{ regex: '^\\./sim/(?!index(\\.[jt]s)?$)', message: 'main.ts reaches the crowd model only through src/sim/index.ts.' }],
    }],
  },
});

// ---------------------------------------------------------------------------------------------
// Determinism: the core (sim, story, drill, scoring) is pure and seeded.
// ---------------------------------------------------------------------------------------------

const CLOCK_AND_CHANCE = [
  { object: 'Math', property: 'random', message: 'The core is seeded: draw from an Rng stream (src/sim/rng.ts), never Math.random.' },
  { object: 'Date', property: 'now', message: 'The core has no clock: time is the tick count.' },
  { object: 'performance', property: 'now', message: 'The core has no clock: benchmarks read the clock outside the core.' },
];
const CLOCK_GLOBALS = [
  { name: 'Date', message: 'The core has no clock (crowd-model.md §1): time is the tick count.' },
  { name: 'performance', message: 'The core has no clock: benchmarks read the clock outside the core.' },
];
// Engine-dependent floating-point functions (crowd-model.md §3.4): use src/sim/detMath.ts.
const ENGINE_DEPENDENT_MATH = [
  'exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'pow', 'hypot', 'cbrt',
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
].map((property) => ({
  object: 'Math', property,
  message: `Math.${property} differs in the last bit between engines (crowd-model.md §3.4): use detMath (expDet, tables).`,
}));
const POWER_OPERATOR = [
  { selector: "BinaryExpression[operator='**']", message: '`**` is Math.pow (engine-dependent, crowd-model.md §3.4): multiply, or use detMath.' },
  { selector: "AssignmentExpression[operator='**=']", message: '`**=` is Math.pow (engine-dependent, crowd-model.md §3.4).' },
];
const NO_DYNAMIC_IMPORT = [
  { selector: 'ImportExpression', message: 'src/sim loads no modules at run time (static imports only, checked by the layer rules).' },
];
// src/sim runs unchanged in Node and in a Web Worker: no host APIs, no console (crowd-model.md §1, §10).
const HOST_GLOBALS = [
  'window', 'document', 'self', 'navigator', 'location', 'fetch', 'XMLHttpRequest', 'localStorage',
  'sessionStorage', 'indexedDB', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'queueMicrotask',
  'console', 'process', 'require', 'Buffer', 'crypto',
].map((name) => ({ name, message: `src/sim is pure: no ${name} (crowd-model.md §1).` }));

const coreFiles = CORE.map((l) => `src/${l}/**/*.{ts,mts}`);

export default defineConfig(
  { ignores: ['dist/**', 'tmp/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'shapan/node-scripts',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
  {
    name: 'shapan/typescript',
    files: ['**/*.{ts,mts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerBlocks,
  {
    name: 'shapan/core-determinism',
    files: coreFiles,
    rules: {
      'no-restricted-properties': ['error', ...CLOCK_AND_CHANCE],
      'no-restricted-globals': ['error', ...CLOCK_GLOBALS],
    },
  },
  {
    name: 'shapan/sim-arithmetic',
    files: ['src/sim/**/*.{ts,mts}'],
    rules: {
      'no-restricted-properties': ['error', ...CLOCK_AND_CHANCE, ...ENGINE_DEPENDENT_MATH],
      'no-restricted-globals': ['error', ...CLOCK_GLOBALS, ...HOST_GLOBALS],
      'no-restricted-syntax': ['error', ...POWER_OPERATOR, ...NO_DYNAMIC_IMPORT],
    },
  },
  {
    // Tests of the model may use Math.exp & co. to compute expected values and the console to
    // report calibration figures, but stay seeded and clock-free.
    name: 'shapan/sim-tests',
    files: ['src/sim/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', ...CLOCK_AND_CHANCE],
      'no-restricted-globals': ['error', ...CLOCK_GLOBALS],
      'no-restricted-syntax': 'off',
    },
  },
);
