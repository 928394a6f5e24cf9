// `npm run test:e2e`: finds a Chromium (or says what to install), builds the app, and runs the
// Playwright suite against `vite preview` of the build. Extra arguments go to `playwright test`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findChromium, INSTALL_HINT } from './findChromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

let browser;
try {
  browser = await findChromium();
} catch (err) {
  console.error(`e2e: ${err.message}`);
  process.exit(1);
}
if (!browser) {
  console.error(`e2e: ${INSTALL_HINT}`);
  process.exit(1);
}
console.log(`e2e: using ${browser.path} (${browser.source})`);

const built = run(bin('vite'), ['build', '--configLoader', 'runner', '--logLevel', 'warn']);
if (built !== 0) {
  console.error('e2e: vite build failed');
  process.exit(built);
}
process.exit(run(bin('playwright'), ['test', ...process.argv.slice(2)], { CHROMIUM_PATH: browser.path }));
