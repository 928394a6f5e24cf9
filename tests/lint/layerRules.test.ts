// Proves that eslint.config.js enforces the architecture's layer rules and the core's determinism
// bans: snippets are linted at virtual paths inside src/ and the reported rules are checked.
import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** Rule ids reported for `code` linted as if it were the file at `filePath`. */
async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('no lint result');
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`parse error: ${fatal[0]?.message}`);
  return result.messages.map((m) => m.ruleId ?? 'unknown');
}

describe('src/sim is pure and seeded', () => {
  it('a clean module with allowed arithmetic and local imports passes', async () => {
    const code = [
      "import type { Sim } from './types';",
      "import { expDet } from './detMath';",
      'export const f = (s: Sim, x: number): number => Math.sqrt(Math.abs(x)) + expDet(x) + s.tick;',
    ].join('\n');
    expect(await rulesHit('src/sim/virtualClean.ts', code)).toEqual([]);
  });

  it('reports Math.random, Date, performance.now and engine-dependent math', async () => {
    const hits = await rulesHit(
      'src/sim/virtualDirty.ts',
      'export const a = Math.random(); export const b = Math.exp(1) + Math.pow(2, 0.5) + Math.atan2(1, 2);\n'
        + 'export const c = performance.now(); export const d = new Date(); export const e = 2 ** 0.5;\n',
    );
    expect(hits.filter((r) => r === 'no-restricted-properties')).toHaveLength(5);
    expect(hits).toContain('no-restricted-globals'); // Date, performance
    expect(hits).toContain('no-restricted-syntax'); // **
  });

  it('reports imports of our other folders, UI libraries and Node built-ins', async () => {
    const cases = [
      "import { x } from '../ui/panel'; export { x };",
      "import type { X } from '../drill/types'; export type { X };",
      "import Phaser from 'phaser'; export { Phaser };",
      "import { createStore } from 'zustand/vanilla'; export { createStore };",
      "import { readFileSync } from 'node:fs'; export { readFileSync };",
      "import { readFileSync } from 'fs'; export { readFileSync };",
    ];
    for (const code of cases) {
      expect(await rulesHit('src/sim/virtualImport.ts', code), code).toEqual(['no-restricted-imports']);
    }
  });

  it('counts depth: a file in src/sim/scenario may import ../types but not ../../ui', async () => {
    expect(await rulesHit('src/sim/scenario/virtual.ts', "import type { Sim } from '../types'; export type S = Sim;")).toEqual([]);
    expect(await rulesHit('src/sim/scenario/virtual.ts', "import { p } from '../../store/ui'; export { p };"))
      .toEqual(['no-restricted-imports']);
  });

  it('model tests may use Math.exp for expected values, but stay seeded and clock-free', async () => {
    expect(await rulesHit('src/sim/virtual.test.ts', 'export const e = Math.exp(1) ** 2;')).toEqual([]);
    expect(await rulesHit('src/sim/virtual.test.ts', 'export const r = Math.random();')).toEqual(['no-restricted-properties']);
    expect(await rulesHit('src/sim/virtual.test.ts', "import { x } from '../ui/panel'; export { x };"))
      .toEqual(['no-restricted-imports']);
  });
});

describe('layer rules outside the model', () => {
  it('views import only types from the model, and only through src/sim/index.ts', async () => {
    expect(await rulesHit('src/ui/virtual.ts', "import type { Indicators } from '../sim'; export type I = Indicators;")).toEqual([]);
    expect(await rulesHit('src/scenes/virtual.ts', "import type { Sim } from '../sim/index'; export type S = Sim;")).toEqual([]);
    expect(await rulesHit('src/ui/virtual.ts', "import { createSim } from '../sim'; export { createSim };"))
      .toEqual(['no-restricted-imports']);
    expect(await rulesHit('src/scenes/virtual.ts', "import type { VenueSpec } from '../sim/scenario/venueSpecs'; export type V = VenueSpec;"))
      .toEqual(['no-restricted-imports']);
    expect(await rulesHit('src/ui/deeper/virtual.ts', "import { CitizenState } from '../../sim/types'; export { CitizenState };"))
      .toEqual(['no-restricted-imports']);
  });

  it('views may use the store and i18n but not the worker client or the CLI', async () => {
    expect(await rulesHit('src/ui/virtual.ts', "import { t } from '../i18n'; import { s } from '../store'; export { t, s };")).toEqual([]);
    expect(await rulesHit('src/scenes/virtual.ts', "import { c } from '../workers/simClient'; export { c };"))
      .toEqual(['no-restricted-imports']);
  });

  it('story imports inkjs and only types of ours', async () => {
    expect(await rulesHit('src/story/virtual.ts', "import { Story } from 'inkjs'; import type { Command } from '../sim'; export { Story }; export type C = Command;")).toEqual([]);
    expect(await rulesHit('src/story/virtual.ts', "import { createSim } from '../sim'; export { createSim };"))
      .toEqual(['no-restricted-imports']);
  });

  it('scoring imports only types from the drill', async () => {
    expect(await rulesHit('src/scoring/virtual.ts', "import type { EventLog } from '../drill'; export type E = EventLog;")).toEqual([]);
    expect(await rulesHit('src/scoring/virtual.ts', "import { runDrill } from '../drill'; export { runDrill };"))
      .toEqual(['no-restricted-imports']);
  });

  it('the drill is clock-free like the model', async () => {
    expect(await rulesHit('src/drill/virtual.ts', 'export const t = Date.now();')).toContain('no-restricted-properties');
  });

  it('store holds no views; the CLI never imports views', async () => {
    expect(await rulesHit('src/store/virtual.ts', "import { s } from '../scenes/VenueScene'; export { s };"))
      .toEqual(['no-restricted-imports']);
    expect(await rulesHit('src/cli/virtual.ts', "import { p } from '../ui/indicatorPanel'; export { p };"))
      .toEqual(['no-restricted-imports']);
    expect(await rulesHit('src/cli/virtual.ts', "import { createSim } from '../sim'; import { readFileSync } from 'node:fs'; export { createSim, readFileSync };"))
      .toEqual([]);
  });
});
