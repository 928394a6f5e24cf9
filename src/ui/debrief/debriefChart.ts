// The debrief's uPlot chart: tension, legitimacy, rumour and crush risk (0–100) over scene time, with
// numbered vertical lines for decisions and dashed ones for injects. Drawing only; the text lives in the DOM.

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DebriefTimeline } from '../../scoring';
import { clockAtTick } from '../actionText';
import { chartColumns } from './debriefModel';

/** Line style per indicator: colour and dash, so the lines differ without colour too. */
export const SERIES_STYLE = {
  tension: { stroke: '#a1001a', dash: [] as number[] },
  legitimacy: { stroke: '#1d3a8a', dash: [10, 5] },
  rumor: { stroke: '#9a5b00', dash: [2, 4] },
  safety: { stroke: '#5b2a86', dash: [12, 4, 2, 4] },
} as const;
export type SeriesKey = keyof typeof SERIES_STYLE;
export const SERIES_KEYS: readonly SeriesKey[] = ['tension', 'legitimacy', 'rumor', 'safety'];

export interface ChartMarker {
  /** Scene minutes. */
  minute: number;
  kind: 'decision' | 'inject' | 'ending';
  /** The decision's number (decisions only). */
  n?: number;
}

export interface ChartInput {
  timeline: DebriefTimeline;
  markers: readonly ChartMarker[];
  clockStart: string;
  labels: Record<SeriesKey, string>;
}

const HEIGHT = 300;
const PRINT_WIDTH = 680;

function drawMarkers(u: uPlot, markers: readonly ChartMarker[]): void {
  const { ctx, bbox } = u;
  const dpr = devicePixelRatio || 1;
  ctx.save();
  ctx.font = `${Math.round(10 * dpr)}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  let lastLabelX = -Infinity;
  for (const m of markers) {
    const x = Math.round(u.valToPos(m.minute, 'x', true));
    if (x < bbox.left - 1 || x > bbox.left + bbox.width + 1) continue;
    ctx.beginPath();
    ctx.setLineDash(m.kind === 'inject' ? [4 * dpr, 3 * dpr] : []);
    ctx.lineWidth = (m.kind === 'ending' ? 2.5 : 1) * dpr;
    ctx.strokeStyle = m.kind === 'decision' ? 'rgba(29, 38, 51, 0.45)' : m.kind === 'inject' ? '#c46a00' : '#1d2633';
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    // Numbers only where they do not overlap; the list below names every decision anyway.
    if (m.kind === 'decision' && m.n !== undefined && x - lastLabelX >= 16 * dpr) {
      ctx.fillStyle = '#1d2633';
      ctx.fillText(String(m.n), x, bbox.top + 2 * dpr);
      lastLabelX = x;
    }
  }
  ctx.restore();
}

/** Draws the chart into `el` at its width; follows resizes and printing. Returns a function that removes it. */
export function mountDebriefChart(el: HTMLElement, input: ChartInput): () => void {
  const data = chartColumns(input.timeline);
  const widthNow = (): number => Math.max(320, Math.floor(el.clientWidth || 860));
  const opts: uPlot.Options = {
    width: widthNow(),
    height: HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false }, y: { range: [0, 100] } },
    axes: [
      {
        values: (_u, splits) => splits.map((m) => clockAtTick(input.clockStart, m * 6)),
        // Whole scene minutes, at least 10 apart, so labels never repeat.
        incrs: [10, 15, 20, 30, 60, 120],
        grid: { stroke: '#e6e8ec' },
      },
      { grid: { stroke: '#e6e8ec' }, incrs: [20, 25, 50] },
    ],
    series: [
      {},
      ...SERIES_KEYS.map((k) => ({
        label: input.labels[k], stroke: SERIES_STYLE[k].stroke, dash: [...SERIES_STYLE[k].dash], width: 2,
        points: { show: false },
      })),
    ],
    hooks: { draw: [(u: uPlot) => drawMarkers(u, input.markers)] },
  };
  const plot = new uPlot(opts, data, el);

  let drawnWidth = opts.width;
  const resize = (): void => {
    const w = widthNow();
    if (w === drawnWidth) return; // height changes of the box need no redraw
    drawnWidth = w;
    plot.setSize({ width: w, height: HEIGHT });
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
  observer?.observe(el);
  // A printed page is narrower than the screen: draw at paper width, then back.
  const beforePrint = (): void => {
    drawnWidth = PRINT_WIDTH;
    plot.setSize({ width: PRINT_WIDTH, height: HEIGHT });
  };
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', resize);
  return () => {
    observer?.disconnect();
    removeEventListener('beforeprint', beforePrint);
    removeEventListener('afterprint', resize);
    plot.destroy();
  };
}
