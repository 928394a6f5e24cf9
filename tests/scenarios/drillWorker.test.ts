// The drill worker's handler and the page's client wired in-process (structuredClone with transfers):
// the asynchronous drill must be the headless drill, and a resume by replaying inputs must land in
// the same state (the basis of "nothing lost" after a reload).

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../src/cli/scenarioBuild';
import { Drill, hashLog } from '../../src/drill';
import { DrillWorkerClient, DrillWorkerError, type DrillWorkerPort } from '../../src/workers/drillClient';
import { createDrillHandler } from '../../src/workers/drillHandler';
import type { DrillReply, DrillRequest } from '../../src/workers/drillProtocol';

const built = buildScenario(path.resolve(__dirname, '../fixtures/scenarios/mini'));
if (!built.bundle) throw new Error('mini fixture does not build');
const bundle = built.bundle;

function inProcessWorker(): DrillWorkerPort {
  const port: DrillWorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(message: DrillRequest, transfer: Transferable[]) {
      const req = structuredClone(message, { transfer });
      setTimeout(() => handle(req), 0);
    },
    terminate() {},
  };
  const handle = createDrillHandler((reply: DrillReply, transfer) => {
    const data = structuredClone(reply, { transfer });
    setTimeout(() => port.onmessage?.({ data } as MessageEvent<DrillReply>), 0);
  });
  return port;
}

describe('drill worker', () => {
  it('plays exactly like the headless drill, and resumes to the same state from its inputs', async () => {
    const client = await DrillWorkerClient.start(inProcessWorker(), { bundle, seed: 3, mode: 'practice', language: 'zh' });
    expect(client.view.choices.map((c) => c.text)).toEqual(['立即初报', '先看看再说', '等上级指示再说']);
    expect(client.current.count).toBeGreaterThan(0);
    await client.advance(4);
    await client.input({ kind: 'choice', index: 0 });
    const deploy = await client.input({ kind: 'action', action: { kind: 'command', command: { command: 'deploy', args: { posture: 'liaison', count: 4, zone: 'plaza' } } } });
    expect(deploy.outcome).toEqual({ applied: 4 });
    await client.advance(7);
    expect(client.view.officers.liaison).toBe(4);

    const direct = new Drill({ scenario: bundle, seed: 3 });
    direct.advanceTo(4);
    direct.choose(0);
    direct.act({ kind: 'command', command: { command: 'deploy', args: { posture: 'liaison', count: 4, zone: 'plaza' } } });
    direct.advanceTo(11);
    expect(client.log).toEqual(direct.log);
    expect(client.inputs).toEqual(direct.inputs);

    const resumed = await DrillWorkerClient.start(inProcessWorker(), { bundle, seed: 3, mode: 'practice', language: 'zh', inputs: client.inputs, untilTick: client.view.tick });
    expect(resumed.view.tick).toBe(11);
    expect(hashLog(resumed.log)).toBe(hashLog(client.log));
    expect(resumed.view.values).toEqual(client.view.values);
    expect(Array.from(resumed.current.x.subarray(0, 50))).toEqual(Array.from(client.current.x.subarray(0, 50)));

    const r = await client.result();
    expect(r.logHash).toBe(hashLog(direct.log));
    expect(r.score.categories.length).toBe(3);
  });

  it('reports a bad input as a DrillInputError without breaking the drill', async () => {
    const client = await DrillWorkerClient.start(inProcessWorker(), { bundle, seed: 1, mode: 'assessment', language: 'zh' });
    await expect(client.input({ kind: 'choice', index: 9 })).rejects.toBeInstanceOf(DrillWorkerError);
    await expect(client.input({ kind: 'choice', index: 9 })).rejects.toThrow(/no choice 9/);
    const v = await client.advance(1);
    expect(v.tick).toBe(1);
  });
});
