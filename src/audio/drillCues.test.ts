import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../drill';
import { cuesFor } from './drillCues';

const base = { seq: 1, tick: 5 };
const simEvent = (kind: string, level?: number): LogEntry =>
  ({ ...base, type: 'simEvent', event: { tick: 5, kind, zone: 'square', ...(level !== undefined ? { level } : {}) } } as LogEntry);
const command = (command: object, applied = 1): LogEntry =>
  ({ ...base, type: 'action', source: 'trainee', action: { kind: 'command', command }, outcome: { applied } } as LogEntry);

describe('cuesFor', () => {
  it('sounds the alert for violence, crush danger and a broken line, captioned with what it signals', () => {
    expect(cuesFor([simEvent('violenceOnset'), simEvent('densityAlert', 5.55), simEvent('densityAlert', 7.1), simEvent('cordonBreach')])).toEqual([
      { kind: 'alert', caption: 'violence' }, { kind: 'alert', caption: 'crush' }, { kind: 'alert', caption: 'crush' }, { kind: 'alert', caption: 'breach' },
    ]);
  });

  it('does not cry crush at involuntary-contact density (3.57 p/m²), usual in a standing crowd', () => {
    expect(cuesFor([simEvent('densityAlert', 3.57)])).toEqual([]);
  });

  it('stays silent for events that are not alarms and for lines of dialogue', () => {
    expect(cuesFor([simEvent('tensionCrossed'), simEvent('rumorViral'), { ...base, type: 'line', text: '…' }])).toEqual([]);
  });

  it('plays the loudspeaker for speaking and loudspeaker releases, the siren only for riot police really deployed', () => {
    const release = (channel: string): LogEntry =>
      ({ ...base, type: 'action', source: 'trainee', action: { kind: 'release', channel, content: ['facts'] }, outcome: { applied: 1 } } as LogEntry);
    expect(cuesFor([
      command({ command: 'speak', args: { tone: 'empathetic' } }),
      release('loudspeaker'),
      release('official'),
      command({ command: 'deploy', args: { posture: 'riot', count: 30, zone: 'gate' } }),
      command({ command: 'deploy', args: { posture: 'riot', count: 30, zone: 'gate' } }, 0),
      command({ command: 'deploy', args: { posture: 'liaison', count: 10, zone: 'gate' } }),
    ])).toEqual([{ kind: 'loudspeaker' }, { kind: 'loudspeaker' }, { kind: 'siren' }]);
  });
});
