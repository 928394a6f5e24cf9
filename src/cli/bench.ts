// `npm run bench`: one JSON object with the crowd model's figures (bench:sim) and the browser's
// (frames per second at 2,000 and 5,000 agents, load time to the picker, JavaScript gzip size).
// Builds the app first; the machine should be otherwise idle.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBrowser } from './benchBrowser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

process.stderr.write('bench: crowd model (bench:sim)…\n');
const sim = JSON.parse(execFileSync(tsx, [path.join(root, 'src/cli/benchSim.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 })) as Record<string, unknown>;
process.stderr.write('bench: building the app…\n');
execFileSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--configLoader', 'runner', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
process.stderr.write('bench: browser (fps, load, size)…\n');
const browser = await measureBrowser(root);
process.stdout.write(`${JSON.stringify({ ...sim, browser })}\n`);
