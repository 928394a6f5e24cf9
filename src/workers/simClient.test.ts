// The client and the worker's handler wired in-process through structuredClone with transfers,
// against a real sim: the asynchronous interface must give exactly the synchronous sim's results.
import { describe, expect, it } from 'vitest';
import { createSim, type Command } from '../sim';
import { SimWorkerClient, SimWorkerError, type WorkerPort } from './simClient';
import { createSimHandler } from './simHandler';
import type { WorkerReply, WorkerRequest } from './simProtocol';

/** A stand-in for `new Worker(...)`: same cloning and transfer semantics, same thread. */
function inProcessWorker(): WorkerPort {
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(message: WorkerRequest, transfer: Transferable[]) {
      const req = structuredClone(message, { transfer });
      setTimeout(() => handle(req), 0);
    },
    terminate() {},
  };
  const handle = createSimHandler((reply: WorkerReply, transfer) => {
    const data = structuredClone(reply, { transfer });
    setTimeout(() => port.onmessage?.({ data } as MessageEvent<WorkerReply>), 0);
  });
  return port;
}

const DEPLOY: Command = { command: 'deploy', args: { posture: 'liaison', count: 20, zone: 'square' } };

describe('SimWorkerClient', () => {
  it('gives the same hash, indicators and snapshot as the sim run directly', async () => {
    const client = await SimWorkerClient.start(inProcessWorker(), { preset: 'taxi', seed: 5, agents: 200 });
    const direct = createSim({ preset: 'taxi', seed: 5, agents: 200 });
    expect(client.capacity).toBe(direct.capacity);
    expect(client.current.count).toBeGreaterThan(0);

    const result = await client.apply(DEPLOY);
    expect(result.applied).toBe(direct.apply(DEPLOY).applied);
    const report = await client.step(3);
    await client.step(2);
    for (let i = 0; i < 5; i++) direct.step();

    expect(report.tick).toBe(3);
    expect(client.tick).toBe(5);
    expect(client.indicators()).toEqual(direct.indicators());
    expect(await client.hash()).toBe(direct.hash());
    // The current snapshot is the direct sim's, the previous one is tick 3's (different positions).
    const probe = { ...client.current, x: new Float32Array(client.capacity), y: new Float32Array(client.capacity),
      state: new Uint8Array(client.capacity), type: new Uint8Array(client.capacity),
      ox: new Float32Array(client.officerCapacity), oy: new Float32Array(client.officerCapacity),
      oposture: new Uint8Array(client.officerCapacity), ostatus: new Uint8Array(client.officerCapacity) };
    direct.snapshot(probe);
    expect(client.current.x).toEqual(probe.x);
    expect(client.current.officerCount).toBe(probe.officerCount);
    expect(client.previous.x).not.toEqual(probe.x);
  });

  it('serialises overlapping step calls and keeps three distinct buffer sets', async () => {
    const client = await SimWorkerClient.start(inProcessWorker(), { preset: 'taxi', seed: 1, agents: 100 });
    const [a, b] = await Promise.all([client.step(1), client.step(1)]);
    expect([a.tick, b.tick]).toEqual([1, 2]);
    expect(client.previous.x.buffer).not.toBe(client.current.x.buffer);
    expect(client.previous.x.byteLength).toBe(client.capacity * 4);
  });

  it('rejects a bad command with the sim input error, and the sim goes on', async () => {
    const client = await SimWorkerClient.start(inProcessWorker(), { preset: 'taxi', seed: 1, agents: 100 });
    const bad = { command: 'deploy', args: { posture: 'liaison', count: 5, zone: 'plaza' } } as Command;
    const err = await client.apply(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimWorkerError);
    expect((err as SimWorkerError).name).toBe('SimInputError');
    expect((err as SimWorkerError).message).toMatch(/zone/);
    await expect(client.step(1)).resolves.toMatchObject({ tick: 1 });
  });

  it('runHash runs a separate sim and leaves the live one alone', async () => {
    const client = await SimWorkerClient.start(inProcessWorker(), { preset: 'taxi', seed: 2, agents: 100 });
    const before = await client.hash();
    const h = await client.runHash({ preset: 'taxi', seed: 2, agents: 100 }, 10, [{ tick: 0, ...DEPLOY }]);
    expect(await client.hash()).toBe(before);
    const direct = createSim({ preset: 'taxi', seed: 2, agents: 100 });
    direct.apply(DEPLOY);
    for (let i = 0; i < 10; i++) direct.step();
    expect(h).toBe(direct.hash());
  });
});
