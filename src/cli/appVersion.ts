// The app's version for result files, read from package.json (Node tools only).

import { readFileSync } from 'node:fs';

/** package.json's version, or "unknown" when it cannot be read. */
export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
