// Vite plugin: builds every scenario folder (scenarios/<id>) at dev and build time and serves them
// as the virtual module "virtual:shapan-scenarios". A broken scenario fails the build with file:line.

import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { ScenarioBundle, ScenarioEntry } from '../scenario';
import { buildScenario, formatProblem } from './scenarioBuild';

const VIRTUAL_ID = 'virtual:shapan-scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Builds all scenarios under `dir`; throws one message listing every problem. */
export function buildAllScenarios(dir: string): { bundles: ScenarioBundle[]; files: string[] } {
  const bundles: ScenarioBundle[] = [];
  const files: string[] = [];
  const problems: string[] = [];
  const ids = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const id of ids) {
    const folder = path.join(dir, id);
    const built = buildScenario(folder);
    files.push(path.join(folder, 'scenario.json'), ...readdirSync(folder).filter((f) => f.endsWith('.ink')).map((f) => path.join(folder, f)));
    if (built.bundle) bundles.push(built.bundle);
    else problems.push(...built.problems.map(formatProblem));
  }
  if (problems.length > 0) throw new Error(`scenario problems:\n${problems.join('\n')}`);
  return { bundles, files };
}

/** Where a compiled story is served, relative to the page (the name changes with the content). */
function storyFile(b: ScenarioBundle, lang: 'zh' | 'en'): string {
  return `scenarios/${b.manifest.id}-${b.contentHash}.${lang}.json`;
}

/**
 * The plugin; `dir` is the scenarios folder (default: scenarios/ under the Vite root). Manifests go
 * into the module (the picker needs them at once); compiled stories are emitted as JSON files the
 * app fetches when a drill starts — content, not code, and kept out of the JavaScript bundle.
 */
export function shapanScenarios(dir?: string): Plugin {
  let root = process.cwd();
  let serving = false;
  /** Story files by served path, for the dev server. */
  const files = new Map<string, string>();
  return {
    name: 'shapan-scenarios',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const body = files.get(url.replace(/^\//, ''));
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const folder = dir ?? path.join(root, 'scenarios');
      let built: ReturnType<typeof buildAllScenarios>;
      try {
        built = buildAllScenarios(folder);
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e));
      }
      for (const f of built.files) this.addWatchFile(f);
      const entries: ScenarioEntry[] = built.bundles.map((b) => {
        const zh = storyFile(b, 'zh');
        const en = b.storyEn !== undefined ? storyFile(b, 'en') : undefined;
        files.set(zh, b.story);
        if (en && b.storyEn !== undefined) files.set(en, b.storyEn);
        if (!serving) {
          this.emitFile({ type: 'asset', fileName: zh, source: b.story });
          if (en && b.storyEn !== undefined) this.emitFile({ type: 'asset', fileName: en, source: b.storyEn });
        }
        return { manifest: b.manifest, contentHash: b.contentHash, storyFile: zh, ...(en ? { storyEnFile: en } : {}) };
      });
      return `export default ${JSON.stringify(entries)};\n`;
    },
    handleHotUpdate(ctx) {
      // A story or manifest edit rebuilds the virtual module (full reload: the drill restarts).
      if (ctx.file.includes(`${path.sep}scenarios${path.sep}`)) {
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) {
          ctx.server.moduleGraph.invalidateModule(mod);
          ctx.server.ws.send({ type: 'full-reload' });
        }
        return [];
      }
      return undefined;
    },
  };
}
