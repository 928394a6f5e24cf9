// Scoring rules on hand-built event logs against the mini fixture's rubric: evidence, clamps, red lines,
// instructor criteria, bonus, bands and turning points.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LogEntry, CrowdSample } from '../../src/drill';
import { parseManifest, type DrillAction, type Manifest } from '../../src/scenario';
import { bandOf, scoreDrill } from '../../src/scoring/scoreDrill';

function manifest(): Manifest {
  const r = parseManifest(readFileSync(new URL('../fixtures/scenarios/mini/scenario.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.manifest;
}

/** A small log builder: entries get consecutive seq numbers. */
class LogBuilder {
  readonly log: LogEntry[] = [];
  private add(e: Record<string, unknown>): this {
    this.log.push({ seq: this.log.length, ...e } as LogEntry);
    return this;
  }
  sample(tick: number, v: Partial<CrowdSample> = {}): this {
    const values: CrowdSample = { tension: 30, legitimacy: 70, rumor: 5, safety: 0, crowd: 100, violence: 0, arrests: 0, injuries: 0, active: 10, ...v };
    return this.add({ tick, type: 'sample', values, causes: {} });
  }
  act(tick: number, action: DrillAction, applied = 1): this {
    return this.add({ tick, type: 'action', source: 'story', action, outcome: { applied } });
  }
  mark(tick: number, id: string): this {
    return this.add({ tick, type: 'marker', marker: { kind: 'mark', id } });
  }
  redLine(tick: number, id: string): this {
    return this.add({ tick, type: 'marker', marker: { kind: 'redLine', id } });
  }
}

const report = (fields: string[]): DrillAction => ({ kind: 'report', report: 'initial', level: 'IV', fields: fields as never });
const disperse: DrillAction = { kind: 'command', command: { command: 'disperse', args: { zone: 'plaza' } } };
const crit = (s: ReturnType<typeof scoreDrill>, cat: string, id: string) => s.categories.find((c) => c.id === cat)?.criteria.find((k) => k.id === id);

describe('scoreDrill', () => {
  const m = manifest();

  it('gives full marks for an early, complete first report, half for a late one, none for none', () => {
    const early = scoreDrill(m, new LogBuilder().sample(0).act(12, report(['place', 'count', 'demands', 'nature'])).log);
    expect(crit(early, 'assessment', 'report-timely')?.earned).toBe(20);
    expect(crit(early, 'assessment', 'report-fields')?.earned).toBe(20);
    expect(crit(early, 'assessment', 'report-timely')?.evidence[0]).toMatchObject({ seq: 1, tick: 12 });
    const late = scoreDrill(m, new LogBuilder().sample(0).act(90, report(['place', 'count'])).log);
    expect(crit(late, 'assessment', 'report-timely')?.earned).toBe(10);
    expect(crit(late, 'assessment', 'report-fields')?.earned).toBe(10);
    const none = scoreDrill(m, new LogBuilder().sample(0).log);
    expect(crit(none, 'assessment', 'report-timely')?.earned).toBe(0);
    expect(crit(none, 'assessment', 'report-timely')?.evidence[0]?.code).toBe('never');
  });

  it('adds and subtracts marks and clamps to the criterion', () => {
    const good = scoreDrill(m, new LogBuilder().sample(0).mark(5, 'met-reps').log);
    expect(crit(good, 'dialogue', 'talk')?.earned).toBe(30);
    const both = scoreDrill(m, new LogBuilder().sample(0).mark(5, 'met-reps').mark(9, 'threatened').log);
    expect(crit(both, 'dialogue', 'talk')?.earned).toBe(0);
    expect(crit(both, 'dialogue', 'talk')?.evidence.map((e) => e.points)).toEqual([30, -30]);
  });

  it('scores peak tension linearly between good and bad', () => {
    const s = scoreDrill(m, new LogBuilder().sample(0, { tension: 20 }).sample(6, { tension: 65 }).log);
    expect(crit(s, 'force', 'tension-peak')?.earned).toBe(5);
  });

  it('needs a warning before coercion, and caps a peaceful-crowd dispersal at 59 (red line R2)', () => {
    const warned = scoreDrill(m, new LogBuilder().sample(0, { violence: 5 }).act(10, { kind: 'warn' }).act(12, disperse).log);
    expect(crit(warned, 'force', 'warned')?.earned).toBe(10);
    expect(warned.redLines).toEqual([]);
    const unwarned = scoreDrill(m, new LogBuilder().sample(0, { violence: 5 }).act(12, disperse).log);
    expect(crit(unwarned, 'force', 'warned')?.earned).toBe(0);
    const peaceful = new LogBuilder().sample(0).act(1, report(['place', 'count', 'demands', 'nature'])).mark(2, 'met-reps').mark(3, 'apology');
    const before = scoreDrill(m, peaceful.log);
    expect(before.total).toBeGreaterThan(59);
    const after = scoreDrill(m, peaceful.act(10, { kind: 'warn' }).act(12, disperse).log);
    expect(after.redLines).toEqual([{ id: 'R2', seq: 5, tick: 12 }]);
    expect(after.total).toBe(59);
    expect(after.band).toBe('不合格');
    expect(after.uncapped).toBeGreaterThan(59);
  });

  it('counts a refused command as not done', () => {
    const s = scoreDrill(m, new LogBuilder().sample(0).act(12, disperse, 0).log);
    expect(s.redLines).toEqual([]);
  });

  it('crosses a red line set by a story mark', () => {
    const s = scoreDrill(m, new LogBuilder().sample(0).redLine(4, 'R6').log);
    expect(s.redLines.map((r) => r.id)).toEqual(['R6']);
  });

  it('leaves instructor criteria unscored until an instructor scores them', () => {
    const log = new LogBuilder().sample(0).log;
    const auto = scoreDrill(m, log);
    expect(crit(auto, 'dialogue', 'tone')?.earned).toBeNull();
    expect(auto.instructorPending).toBe(10);
    const scored = scoreDrill(m, log, { 'dialogue.tone': { points: 7, reason: '语气平和' } });
    expect(crit(scored, 'dialogue', 'tone')).toMatchObject({ earned: 7, override: { points: 7, reason: '语气平和' } });
    expect(scored.instructorPending).toBe(0);
    expect(scored.total).toBe(auto.total + 7);
  });

  it('adds the bonus without passing 100', () => {
    const full = new LogBuilder().sample(0).act(1, report(['place', 'count', 'demands', 'nature'])).mark(2, 'met-reps').mark(3, 'apology');
    const s = scoreDrill(m, full.log, { 'dialogue.tone': { points: 10, reason: 'ok' } });
    expect(s.bonus.earned).toBe(5);
    expect(s.total).toBe(100);
  });

  it('finds the largest swing as a turning point with its causes', () => {
    const b = new LogBuilder();
    for (let i = 0; i <= 20; i++) b.sample(i * 6, { tension: i < 10 ? 30 : 70 });
    const e = b.log[10]; // the sample where tension jumps
    if (e && e.type === 'sample') e.causes = { tension: [{ cause: 'cmd#0:deploy', delta: 30 }, { cause: 'relaxation', delta: -2 }] };
    const s = scoreDrill(m, b.log);
    expect(s.turningPoints[0]).toMatchObject({ indicator: 'tension', delta: 40, causes: [{ cause: 'cmd#0:deploy', delta: 30 }] });
  });

  it('bands follow the configured thresholds', () => {
    expect([95, 85, 60, 59.9].map((t) => bandOf(t))).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(bandOf(85, { 优秀: 85, 良好: 75, 合格: 50 })).toBe('优秀');
  });
});
