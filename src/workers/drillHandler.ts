// Answers drillProtocol.ts requests against one live Drill. Separate from drillWorker.ts so unit
// tests can drive it in-process; it touches no worker or DOM API itself.
import { replyingErrors } from './rpc';
import { Drill, hashLog, replayDrill, type DrillInput } from '../drill';
import { debriefTimeline, scoreDrill } from '../scoring';
import { allocateSnapshot, transferablesOf } from './simProtocol';
import type { DrillReply, DrillRequest, DrillView } from './drillProtocol';

export type DrillReplySink = (message: DrillReply, transfer: Transferable[]) => void;

/** A message handler bound to `reply`; it owns the live drill. */
export function createDrillHandler(reply: DrillReplySink): (req: DrillRequest) => void {
  let drill: Drill | null = null;
  let sent = 0;
  let inputsSent = -1;

  function live(): Drill {
    if (!drill) throw new Error('the drill has not been started');
    return drill;
  }

  function view(d: Drill): DrillView {
    const entries = d.log.slice(sent);
    sent = d.log.length;
    const v: DrillView = {
      tick: d.tick, clock: d.clock, minutes: d.minutes, phase: d.phase, ended: d.ended, lockedUntil: d.lockedUntil,
      choices: d.choices.map((c) => ({ index: c.index, text: c.text })), rationalePrompt: d.rationalePrompt,
      newEntries: entries, values: { ...d.values }, indicators: d.indicators,
      officers: { liaison: d.officersOnSite('liaison'), uniform: d.officersOnSite('uniform'), cordon: d.officersOnSite('cordon'), riot: d.officersOnSite('riot') },
      departments: [...d.departments].map(([id, at]) => ({ id, arrivesAt: at, arrived: at <= d.tick })),
    };
    if (d.inputs.length !== inputsSent) {
      inputsSent = d.inputs.length;
      v.inputs = [...d.inputs];
    }
    return v;
  }

  function handle(req: DrillRequest): void {
    switch (req.type) {
      case 'start': {
        const s = req.start;
        const options = { scenario: s.bundle, seed: s.seed, language: s.language, ...(s.agents !== undefined ? { agents: s.agents } : {}) };
        drill = s.inputs && s.inputs.length > 0 ? replayDrill(options, s.inputs as DrillInput[]) : new Drill(options);
        if (s.untilTick !== undefined) drill.advanceTo(s.untilTick);
        sent = 0;
        inputsSent = -1;
        const buffers = req.buffers.x.length >= drill.crowd.capacity ? req.buffers : allocateSnapshot(drill.crowd.capacity, drill.crowd.officerCapacity);
        drill.crowd.snapshot(buffers);
        const info = { venue: drill.crowd.venue, capacity: drill.crowd.capacity, officerCapacity: drill.crowd.officerCapacity };
        reply({ id: req.id, type: 'started', info, view: view(drill), buffers }, transferablesOf(buffers));
        return;
      }
      case 'advance': {
        const d = live();
        d.advanceTo(d.tick + req.ticks);
        d.crowd.snapshot(req.buffers);
        reply({ id: req.id, type: 'view', view: view(d), buffers: req.buffers }, transferablesOf(req.buffers));
        return;
      }
      case 'input': {
        const d = live();
        const i = req.input;
        let outcome: { applied: number; reason?: string } | undefined;
        if (i.kind === 'choice') d.choose(i.index);
        else if (i.kind === 'action') {
          const o = d.act(i.action);
          outcome = o.reason === undefined ? { applied: o.applied } : { applied: o.applied, reason: o.reason };
        } else d.rationale(i.text);
        reply(outcome ? { id: req.id, type: 'view', view: view(d), outcome } : { id: req.id, type: 'view', view: view(d) }, []);
        return;
      }
      case 'result': {
        const d = live();
        const m = d.scenario.manifest;
        const result = {
          score: scoreDrill(m, d.log), timeline: debriefTimeline(d.log), log: [...d.log], inputs: [...d.inputs],
          endTick: d.tick, logHash: hashLog(d.log),
        };
        reply({ id: req.id, type: 'result', result }, []);
        return;
      }
    }
  }

  return replyingErrors(handle, (e) => reply(e, []));
}
