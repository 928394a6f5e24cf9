// Struct-of-arrays storage for citizens (crowd-model.md §4.2). Capacity is preallocated and slots are
// used in order and never reused, so indices are stable for hashing and replay.

export const Goal = { HOLD: 0, FOCAL: 1, PERIPHERY: 2, EXIT: 3 } as const;
export const RUMOR_SLOTS = 4;
/** Per-agent rumour state per slot: ignorant, spreader, stifler (believer, silent), officially informed. */
export const Rumor = { U: 0, S: 1, Rst: 2, X: 3 } as const;

export class Citizens {
  readonly capacity: number;
  /** Slots used so far (initial agents + arrivals). */
  used = 0;
  readonly state: Uint8Array;
  readonly type: Uint8Array;
  readonly rep: Uint8Array;
  readonly vulnerable: Uint8Array;
  readonly leaving: Uint8Array;
  readonly injured: Uint8Array;
  readonly trig: Uint8Array;
  readonly goal: Uint8Array;
  /** RUMOR_SLOTS entries per citizen. */
  readonly rumor: Uint8Array;
  readonly H: Float64Array;
  readonly R: Float64Array;
  readonly L: Float64Array;
  readonly L0: Float64Array;
  readonly I: Float64Array;
  readonly I0: Float64Array;
  readonly E: Float64Array;
  readonly E0: Float64Array;
  readonly eps: Float64Array;
  readonly omega: Float64Array;
  readonly D: Float64Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  /** Push impulse (m/s), decays ×0.5 per sub-step. */
  readonly px: Float64Array;
  readonly py: Float64Array;
  /** Per-tick event deltas (phases A–C), consumed by phase E. */
  readonly dL: Float64Array;
  readonly dI: Float64Array;
  readonly dE: Float64Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.state = new Uint8Array(capacity).fill(255);
    this.type = new Uint8Array(capacity);
    this.rep = new Uint8Array(capacity);
    this.vulnerable = new Uint8Array(capacity);
    this.leaving = new Uint8Array(capacity);
    this.injured = new Uint8Array(capacity);
    this.trig = new Uint8Array(capacity);
    this.goal = new Uint8Array(capacity);
    this.rumor = new Uint8Array(capacity * RUMOR_SLOTS);
    const f = (): Float64Array => new Float64Array(capacity);
    this.H = f(); this.R = f(); this.L = f(); this.L0 = f(); this.I = f(); this.I0 = f();
    this.E = f(); this.E0 = f(); this.eps = f(); this.omega = f(); this.D = f();
    this.x = f(); this.y = f(); this.vx = f(); this.vy = f(); this.px = f(); this.py = f();
    this.dL = f(); this.dI = f(); this.dE = f();
  }

  /** Present = QUIET, ACTIVE or VIOLENT (leaving ones included until they exit). */
  present(i: number): boolean {
    return (this.state[i] as number) <= 2;
  }
}

export const OfficerPostureCode = { liaison: 0, uniform: 1, cordon: 2, riot: 3 } as const;

/** Struct-of-arrays storage for officers (§4.3). */
export class Officers {
  readonly capacity: number;
  used = 0;
  /** 0 on duty, 1 escorting, 2 withdrawing, 3 gone, 255 vacant. */
  readonly status: Uint8Array;
  /** 0 liaison, 1 uniform, 2 cordon, 3 riot. */
  readonly posture: Uint8Array;
  readonly zone: Uint8Array;
  /** Monotone deploy counter: withdrawals are last-in first-out. */
  readonly deployOrder: Int32Array;
  /** Cordon slot index along the zone's segment (−1 when not in a cordon). */
  readonly slot: Int16Array;
  /** Ticks left escorting an arrestee / before a station is re-drawn. */
  readonly timer: Int16Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Station (target position) set by the police layer; cordon officers get theirs from the line. */
  readonly sx: Float64Array;
  readonly sy: Float64Array;
  /** Entry point to walk back to when withdrawing. */
  readonly ex: Float64Array;
  readonly ey: Float64Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.status = new Uint8Array(capacity).fill(255);
    this.posture = new Uint8Array(capacity);
    this.zone = new Uint8Array(capacity);
    this.deployOrder = new Int32Array(capacity);
    this.slot = new Int16Array(capacity).fill(-1);
    this.timer = new Int16Array(capacity);
    const f = (): Float64Array => new Float64Array(capacity);
    this.x = f(); this.y = f(); this.sx = f(); this.sy = f(); this.ex = f(); this.ey = f();
  }
}
