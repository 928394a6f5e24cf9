import { describe, expect, it } from 'vitest';
import type { ScenarioEntry } from './scenario';
import { createScenarioLoader } from './scenarioLoader';

const entry = (storyEnFile?: string): ScenarioEntry => ({
  manifest: { id: 'demo' } as ScenarioEntry['manifest'], contentHash: 'abc', storyFile: 'scenarios/demo.json', ...(storyEnFile ? { storyEnFile } : {}),
});

function fakeFetch(files: Record<string, string>): { fetch: typeof fetch; asked: string[] } {
  const asked: string[] = [];
  const f = (async (url: URL) => {
    asked.push(url.href);
    const body = files[url.pathname];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  }) as unknown as typeof fetch;
  return { fetch: f, asked };
}

describe('createScenarioLoader', () => {
  it('fetches both stories relative to the page once, then serves the cached bundle', async () => {
    const f = fakeFetch({ '/app/scenarios/demo.json': '{"zh":1}', '/app/scenarios/demo.en.json': '{"en":1}' });
    const load = createScenarioLoader('http://host/app/index.html', f.fetch);
    const b = await load(entry('scenarios/demo.en.json'));
    expect(b).toMatchObject({ story: '{"zh":1}', storyEn: '{"en":1}', contentHash: 'abc' });
    expect(await load(entry('scenarios/demo.en.json'))).toBe(b);
    expect(f.asked).toEqual(['http://host/app/scenarios/demo.json', 'http://host/app/scenarios/demo.en.json']);
  });

  it('names the missing file when a story cannot be fetched', async () => {
    const load = createScenarioLoader('http://host/', fakeFetch({}).fetch);
    await expect(load(entry())).rejects.toThrow('scenarios/demo.json: HTTP 404');
  });
});
