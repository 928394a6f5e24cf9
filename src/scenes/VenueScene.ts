// The venue map: a read-only view of the sim's snapshots. Static layer (obstacles, zones, exits, focal
// point, labels) drawn once; the crowd and police redrawn every frame into ONE Graphics object with
// fillRect (the fast path on Canvas, fine on WebGL), positions interpolated between two snapshots.
import Phaser from 'phaser';
import type { CORDON_FIELDS, SnapshotBuffers, VenueInfo, VenueRect } from '../sim';
import { CITIZEN_LOOKS, OFFICER_LOOKS, citizenLook, officerAlpha, type Look } from './portrayal';

/** The map labels' font: the bundled Noto Sans SC first (panel.css uses the same stack for the DOM). */
export const MAP_FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/** A portrayal size in pixels, whole and at least one. */
function pixelSize(px: number): number {
  return Math.max(1, Math.round(px));
}

/** What the scene reads each frame; it never writes back. */
export interface CrowdFrameSource {
  readonly venue: VenueInfo;
  /** Snapshot before the latest step batch and after it. */
  readonly previous: SnapshotBuffers;
  readonly current: SnapshotBuffers;
  /** Interpolation weight previous (0) → current (1). */
  alpha(): number;
}

export interface VenueSceneDeps {
  source: CrowdFrameSource;
  /** Translated zone label, e.g. 'square' → '广场'. */
  zoneLabel: (zone: string) => string;
  focalLabel: string;
  /** Map scale. */
  pxPerMetre: number;
  /** Multiplies the portrayal sizes (1 for venues in metres; smaller on the Epstein grid of unit cells). */
  agentScale: number;
  fontFamily: string;
  /** Whether the density heat overlay is on (crush risk); absent: never drawn. */
  heat?: () => boolean;
  /** Called with the zone under a click or tap on the map (to pick where to deploy). */
  onZone?: (zone: string) => void;
}

/** Heat overlay cells (metres), and the densities (p/m²) its colour ramps between (crowd-model.md §6.2). */
const HEAT_CELL = 2;
const HEAT_LOW = 2;
const HEAT_HIGH = 5.5;
const HEAT_EVERY_FRAMES = 10;

const GROUND = 0xe9e5dc;
const OBSTACLE = 0x6b6b6b;
const ZONE_FILL = 0x9fb7d6;
const EXIT = 0x2e9e4f;
const FOCAL = 0xb3001b;
const RUMOR_MARK = 0x7b2cbf;
/** Police lines: the planned line thin and dashed, its closed stretches as a solid band. */
const LINE_COLOR = 0x1d3a8a;
const LINE_CLOSED = 0xffd60a;
/** The snapshot's segment layout (checked against the sim's constant by the type system). */
const SEGMENT_FIELDS: typeof CORDON_FIELDS = 5;
const DASH_METRES = 1;

export class VenueScene extends Phaser.Scene {
  private crowd!: Phaser.GameObjects.Graphics;
  /** Look index per citizen slot, reused every frame (no allocation per frame). */
  private lookOf = new Int8Array(0);
  private heatLayer!: Phaser.GameObjects.Graphics;
  private lines!: Phaser.GameObjects.Graphics;
  private heatCounts = new Float32Array(0);
  private frame = 0;

  constructor(private readonly deps: VenueSceneDeps) {
    super({ key: 'VenueScene' });
  }

  create(): void {
    const { venue } = this.deps.source;
    const s = this.deps.pxPerMetre;
    const g = this.add.graphics();
    g.fillStyle(GROUND, 1).fillRect(0, 0, venue.width * s, venue.height * s);
    for (const z of venue.zones) {
      g.fillStyle(ZONE_FILL, 0.18).fillRect(...this.px(z.rect));
      g.lineStyle(2, ZONE_FILL, 0.9).strokeRect(...this.px(z.rect));
    }
    for (const e of venue.exits) {
      const [x, y, w, h] = this.px(e);
      // Exits are thin strips on the venue's edge: widen them so they can be seen.
      g.fillStyle(EXIT, 0.8).fillRect(x - 2, y - 2, Math.max(w, 4) + 4, Math.max(h, 4) + 4);
    }
    g.fillStyle(OBSTACLE, 1);
    for (const o of venue.obstacles) g.fillRect(...this.px(o));
    // Focal point: a cross-hair, plus its label.
    const fx = venue.focal.x * s;
    const fy = venue.focal.y * s;
    g.fillStyle(FOCAL, 1).fillRect(fx - 9, fy - 2, 18, 4).fillRect(fx - 2, fy - 9, 4, 18);

    const labelStyle = {
      fontFamily: this.deps.fontFamily, fontSize: `${Math.max(12, Math.round(s * 2.2))}px`, color: '#22334d',
      backgroundColor: 'rgba(255,255,255,0.75)', padding: { x: 4, y: 2 },
    };
    for (const z of venue.zones) {
      this.add.text(z.rect.x0 * s + 6, z.rect.y0 * s + 4, this.deps.zoneLabel(z.name), labelStyle).setDepth(2);
    }
    this.add.text(fx + 12, fy - 2, this.deps.focalLabel, { ...labelStyle, color: '#8a0015' }).setOrigin(0, 0).setDepth(2);

    this.crowd = this.add.graphics().setDepth(1);
    this.lines = this.add.graphics().setDepth(1.2);
    this.heatLayer = this.add.graphics().setDepth(1.5);
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      const mx = p.worldX / s;
      const my = p.worldY / s;
      const z = venue.zones.find((zone) => mx >= zone.rect.x0 && mx < zone.rect.x1 && my >= zone.rect.y0 && my < zone.rect.y1);
      if (z) this.deps.onZone?.(z.name);
    });
    const cols = Math.ceil(venue.width / HEAT_CELL);
    const rows = Math.ceil(venue.height / HEAT_CELL);
    this.heatCounts = new Float32Array(cols * rows);
  }

  /** Redraws the density overlay from the current snapshot: people per m² over 2 m cells. */
  private drawHeat(): void {
    const h = this.heatLayer;
    h.clear();
    if (!this.deps.heat?.()) return;
    const cur = this.deps.source.current;
    const { venue } = this.deps.source;
    const cols = Math.ceil(venue.width / HEAT_CELL);
    const counts = this.heatCounts;
    counts.fill(0);
    for (let i = 0; i < cur.count; i++) {
      if (citizenLook(cur.state[i]!, cur.type[i]!) < 0) continue;
      const c = Math.floor(cur.x[i]! / HEAT_CELL);
      const r = Math.floor(cur.y[i]! / HEAT_CELL);
      const k = r * cols + c;
      if (c >= 0 && c < cols && k >= 0 && k < counts.length) counts[k] = counts[k]! + 1;
    }
    const s = this.deps.pxPerMetre * HEAT_CELL;
    const area = HEAT_CELL * HEAT_CELL;
    for (let k = 0; k < counts.length; k++) {
      const rho = counts[k]! / area;
      if (rho < HEAT_LOW) continue;
      const w = Math.min(1, (rho - HEAT_LOW) / (HEAT_HIGH - HEAT_LOW));
      // Amber to red; the alpha rises with density so light cells stay readable underneath.
      const color = w < 0.5 ? 0xf2a516 : 0xd7191c;
      h.fillStyle(color, 0.25 + 0.45 * w).fillRect((k % cols) * s, Math.floor(k / cols) * s, s, s);
    }
  }

  update(): void {
    if (this.frame++ % HEAT_EVERY_FRAMES === 0) this.drawHeat();
    const { previous: prev, current: cur } = this.deps.source;
    const a = this.deps.source.alpha();
    const s = this.deps.pxPerMetre;
    const g = this.crowd;
    g.clear();

    // Citizens: one pass to classify, then one pass per look so the fill style changes only 4 times.
    const n = cur.count;
    if (this.lookOf.length < n) this.lookOf = new Int8Array(cur.x.length);
    const lookOf = this.lookOf;
    for (let i = 0; i < n; i++) lookOf[i] = citizenLook(cur.state[i]!, cur.type[i]!);
    for (let look = 0; look < CITIZEN_LOOKS.length; look++) {
      const L: Look = CITIZEN_LOOKS[look]!;
      g.fillStyle(L.color, L.alpha);
      const size = pixelSize(L.size * s * this.deps.agentScale);
      for (let i = 0; i < n; i++) {
        if (lookOf[i] !== look) continue;
        // A slot new since the previous snapshot has no earlier position: draw it where it is.
        const fresh = i >= prev.count || citizenLook(prev.state[i]!, prev.type[i]!) < 0;
        const x = fresh ? cur.x[i]! : prev.x[i]! + (cur.x[i]! - prev.x[i]!) * a;
        const y = fresh ? cur.y[i]! : prev.y[i]! + (cur.y[i]! - prev.y[i]!) * a;
        this.drawShape(g, L, x * s, y * s, size);
      }
    }

    // Rumour markers: a small violet mark beside each citizen passing a rumour on.
    const spreading = cur.spreading;
    if (spreading) {
      g.fillStyle(RUMOR_MARK, 0.9);
      const d = pixelSize(0.6 * s * this.deps.agentScale);
      for (let i = 0; i < n; i++) {
        if (spreading[i] !== 1 || lookOf[i]! < 0) continue;
        g.fillRect(Math.round(cur.x[i]! * s) + d, Math.round(cur.y[i]! * s) - 2 * d, d, d);
      }
    }

    this.drawLines(cur);

    // Officers, drawn over the crowd, one pass per posture.
    const m = cur.officerCount;
    for (let posture = 0; posture < OFFICER_LOOKS.length; posture++) {
      const L: Look = OFFICER_LOOKS[posture]!;
      const size = pixelSize(L.size * s * this.deps.agentScale);
      for (let j = 0; j < m; j++) {
        if (cur.oposture[j] !== posture) continue;
        const opacity = officerAlpha(cur.ostatus[j]!);
        if (opacity === 0) continue;
        const fresh = j >= prev.officerCount || officerAlpha(prev.ostatus[j]!) === 0;
        const x = fresh ? cur.ox[j]! : prev.ox[j]! + (cur.ox[j]! - prev.ox[j]!) * a;
        const y = fresh ? cur.oy[j]! : prev.oy[j]! + (cur.oy[j]! - prev.oy[j]!) * a;
        g.fillStyle(L.color, L.alpha * opacity);
        this.drawShape(g, L, x * s, y * s, size, L.alpha * opacity);
      }
    }
  }

  /**
   * Police lines from the current snapshot: each line dashed where it is planned, a solid yellow band
   * on dark blue where officers stand close enough to close it (crowd-model.md §4.3). The officers'
   * own marks are drawn on top, so a closed line reads as a wall of people, an open one as gaps.
   */
  private drawLines(cur: SnapshotBuffers): void {
    const g = this.lines;
    g.clear();
    const segs = cur.cordons;
    const n = cur.cordonCount ?? 0;
    if (!segs || n === 0) return;
    const s = this.deps.pxPerMetre;
    for (let k = 0; k < n; k++) {
      const b = k * SEGMENT_FIELDS;
      const x0 = segs[b]! * s;
      const y0 = segs[b + 1]! * s;
      const x1 = segs[b + 2]! * s;
      const y1 = segs[b + 3]! * s;
      if (segs[b + 4] === 1) {
        g.lineStyle(Math.max(3, 0.9 * s), LINE_COLOR, 0.9).lineBetween(x0, y0, x1, y1);
        g.lineStyle(Math.max(1, 0.3 * s), LINE_CLOSED, 1).lineBetween(x0, y0, x1, y1);
        continue;
      }
      // Dashes of DASH_METRES with equal gaps (Graphics has no dashed stroke).
      const len = Math.hypot(x1 - x0, y1 - y0);
      const dash = DASH_METRES * s;
      if (len === 0) continue;
      const ux = (x1 - x0) / len;
      const uy = (y1 - y0) / len;
      g.lineStyle(Math.max(1, 0.25 * s), LINE_COLOR, 0.8);
      for (let t = 0; t < len; t += 2 * dash) {
        const e = Math.min(len, t + dash);
        g.lineBetween(x0 + ux * t, y0 + uy * t, x0 + ux * e, y0 + uy * e);
      }
    }
  }

  /**
   * Draws one agent centred near (cx, cy) px with fillRect only. Corners snap to whole pixels: software
   * rasterisers fill pixel-aligned rectangles much faster than anti-aliased ones.
   */
  private drawShape(g: Phaser.GameObjects.Graphics, L: Look, px: number, py: number, size: number, alpha = L.alpha): void {
    const h = Math.floor(size / 2);
    const cx = Math.round(px);
    const cy = Math.round(py);
    switch (L.shape) {
      case 'square':
        g.fillRect(cx - h, cy - h, size, size);
        return;
      case 'cross': {
        const t = Math.max(1, Math.round(size / 3));
        const o = Math.floor(t / 2);
        g.fillRect(cx - h, cy - o, size, t);
        g.fillRect(cx - o, cy - h, t, size);
        return;
      }
      case 'ring': {
        const t = Math.max(1, Math.round(size / 3));
        g.fillRect(cx - h, cy - h, size, t);
        g.fillRect(cx - h, cy + h - t, size, t);
        g.fillRect(cx - h, cy - h + t, t, size - 2 * t);
        g.fillRect(cx + h - t, cy - h + t, t, size - 2 * t);
        return;
      }
      case 'bar': {
        g.fillRect(cx - h, cy - h, size, size);
        // The band is drawn in the mark colour; the caller's fill style is restored afterwards.
        g.fillStyle(L.mark ?? 0xffffff, alpha);
        const band = Math.max(1, Math.round(size / 4));
        g.fillRect(cx - h, cy - Math.floor(band / 2), size, band);
        g.fillStyle(L.color, alpha);
        return;
      }
    }
  }

  /** A venue rectangle in metres as [x, y, w, h] in pixels. */
  private px(r: VenueRect): [number, number, number, number] {
    const s = this.deps.pxPerMetre;
    return [r.x0 * s, r.y0 * s, (r.x1 - r.x0) * s, (r.y1 - r.y0) * s];
  }
}
