// Which sounds a drill's new log entries call for: the alert tone for violence, crush danger and a
// broken police line (captioned with what it signals), the loudspeaker for speaking to the crowd, the
// siren for riot police arriving. Pure: the director plays them.
import type { LogEntry } from '../drill';
import type { SimEventKind } from '../sim';
import type { CaptionCue, CueKind } from './types';

export interface DrillCue {
  kind: CueKind;
  /** The caption when it says more than the sound's own ("alert tone: violence at the scene"). */
  caption?: CaptionCue;
}

const ALERTS: Partial<Record<SimEventKind, CaptionCue>> = { violenceOnset: 'violence', densityAlert: 'crush', cordonBreach: 'breach' };
/**
 * Density alerts come at 3.57, 5.55 and 7.1 p/m² (Fruin/Still). The first is involuntary contact, usual
 * in a standing crowd: sounding "crush danger" for it cried wolf while the safety indicator read 0.
 */
const CRUSH_DENSITY = 5.55;

/** The cues for one entry, in order (none for most). */
function cueOf(e: LogEntry): DrillCue | null {
  if (e.type === 'simEvent') {
    if (e.event.kind === 'densityAlert' && (e.event.level ?? 0) < CRUSH_DENSITY) return null;
    const caption = ALERTS[e.event.kind];
    return caption ? { kind: 'alert', caption } : null;
  }
  if (e.type !== 'action') return null;
  const a = e.action;
  if (a.kind === 'release') return a.channel === 'loudspeaker' ? { kind: 'loudspeaker' } : null;
  if (a.kind !== 'command') return null;
  if (a.command.command === 'speak') return { kind: 'loudspeaker' };
  // Riot police arriving: only when some were really deployed.
  if (a.command.command === 'deploy' && a.command.args.posture === 'riot' && e.outcome.applied > 0) return { kind: 'siren' };
  return null;
}

/** The cues a batch of new log entries calls for, in log order. */
export function cuesFor(entries: readonly LogEntry[]): DrillCue[] {
  const out: DrillCue[] = [];
  for (const e of entries) {
    const c = cueOf(e);
    if (c) out.push(c);
  }
  return out;
}
