// Answers the requests of simProtocol.ts against one live sim. Separate from simWorker.ts so that it can
// be driven in-process by unit tests; it touches no worker or DOM API itself.
import { replyingErrors } from './rpc';
import { createSim, runScript, type Sim, type SimEvent } from '../sim';
import { transferablesOf, type WorkerReply, type WorkerRequest } from './simProtocol';

/** Sends a reply with the buffers to transfer. */
export type ReplySink = (message: WorkerReply, transfer: Transferable[]) => void;

/** A message handler bound to `reply`; it owns the live sim. */
export function createSimHandler(reply: ReplySink): (req: WorkerRequest) => void {
  let sim: Sim | null = null;

  function liveSim(): Sim {
    if (!sim) throw new Error('the simulation has not been initialised');
    return sim;
  }

  function handle(req: WorkerRequest): void {
    switch (req.type) {
      case 'init': {
        sim = createSim(req.setup);
        reply({
          id: req.id, type: 'ready',
          info: {
            preset: sim.preset, capacity: sim.capacity, officerCapacity: sim.officerCapacity,
            venue: sim.venue, indicators: sim.indicators(),
          },
        }, []);
        return;
      }
      case 'apply': {
        reply({ id: req.id, type: 'applied', result: liveSim().apply(req.command) }, []);
        return;
      }
      case 'step': {
        const s = liveSim();
        const events: SimEvent[] = [];
        for (let i = 0; i < req.ticks; i++) {
          s.step();
          for (const e of s.events()) events.push({ ...e });
        }
        s.snapshot(req.buffers);
        reply(
          { id: req.id, type: 'stepped', report: { tick: s.tick, indicators: s.indicators(), events }, buffers: req.buffers },
          transferablesOf(req.buffers),
        );
        return;
      }
      case 'snapshot': {
        liveSim().snapshot(req.buffers);
        reply({ id: req.id, type: 'snapshot', buffers: req.buffers }, transferablesOf(req.buffers));
        return;
      }
      case 'hash': {
        reply({ id: req.id, type: 'hash', hash: liveSim().hash() }, []);
        return;
      }
      case 'runHash': {
        // The very function the CLI and the Node tests use, so the comparison is like for like.
        const run = runScript({ ...req.setup, ticks: req.ticks, actions: req.actions, every: Math.max(1, req.ticks) });
        reply({ id: req.id, type: 'hash', hash: run.hash }, []);
        return;
      }
    }
  }

  return replyingErrors(handle, (e) => reply(e, []));
}
