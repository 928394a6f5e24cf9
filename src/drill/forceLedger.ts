// Officers on site per posture and zone, mirrored from the commands the drill issued (last deployed,
// first withdrawn, as crowd-model.md §5.3 says), so forces can be limited per posture.

import type { Command, Posture } from '../sim';

export interface Detachment {
  posture: Posture;
  zone: string;
  count: number;
}

export class ForceLedger {
  private detachments: Detachment[] = [];

  /** Officers of `posture` on site ('all' for every posture). */
  onSite(posture: Posture | 'all'): number {
    let n = 0;
    for (const d of this.detachments) if (posture === 'all' || d.posture === posture) n += d.count;
    return n;
  }

  /** Records the effect of a sim command that was carried out for `applied` officers. */
  record(cmd: Command, applied: number): void {
    if (cmd.command === 'deploy' && applied > 0) {
      this.detachments.push({ posture: cmd.args.posture, zone: cmd.args.zone, count: applied });
    } else if (cmd.command === 'withdraw') {
      let left = applied;
      for (let i = this.detachments.length - 1; i >= 0 && left > 0; i--) {
        const d = this.detachments[i];
        if (!d) continue;
        if (cmd.args.posture !== undefined && d.posture !== cmd.args.posture) continue;
        if (cmd.args.zone !== undefined && d.zone !== cmd.args.zone) continue;
        const take = Math.min(left, d.count);
        d.count -= take;
        left -= take;
      }
      this.detachments = this.detachments.filter((d) => d.count > 0);
    } else if (cmd.command === 'setPosture') {
      for (const d of this.detachments) {
        if (cmd.args.from !== undefined && d.posture !== cmd.args.from) continue;
        if (cmd.args.zone !== undefined && d.zone !== cmd.args.zone) continue;
        d.posture = cmd.args.to;
      }
    }
  }

  save(): Detachment[] {
    return this.detachments.map((d) => ({ ...d }));
  }

  restore(s: readonly Detachment[]): void {
    this.detachments = s.map((d) => ({ ...d }));
  }
}

