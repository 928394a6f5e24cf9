// Checks the committed sound files (assets/audio, made by scripts/synthAudio.mjs): valid WAV, the
// promised lengths, no clipping, seamless loops, agitated louder and brighter than calm, small total.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = `${ROOT}assets/audio/`;

interface Wav { rate: number; channels: number; bits: number; samples: Float64Array; bytes: number }

/** Parses a canonical PCM WAV (RIFF, "fmt ", "data"), checking every header field it relies on. */
function readWav(name: string): Wav {
  const buf = readFileSync(DIR + name);
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tag = (off: number): string => buf.toString('ascii', off, off + 4);
  expect(tag(0)).toBe('RIFF');
  expect(v.getUint32(4, true)).toBe(buf.length - 8);
  expect(tag(8)).toBe('WAVE');
  expect(tag(12)).toBe('fmt ');
  expect(v.getUint32(16, true)).toBe(16);
  expect(v.getUint16(20, true)).toBe(1); // PCM
  const channels = v.getUint16(22, true), rate = v.getUint32(24, true), bits = v.getUint16(34, true);
  expect(v.getUint32(28, true)).toBe(rate * channels * (bits / 8));
  expect(v.getUint16(32, true)).toBe(channels * (bits / 8));
  expect(tag(36)).toBe('data');
  const dataBytes = v.getUint32(40, true);
  expect(dataBytes).toBe(buf.length - 44);
  const samples = new Float64Array(dataBytes / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = v.getInt16(44 + i * 2, true) / 32768;
  return { rate, channels, bits, samples, bytes: buf.length };
}

const peak = (s: Float64Array): number => s.reduce((p, x) => Math.max(p, Math.abs(x)), 0);
const rms = (s: Float64Array): number => Math.sqrt(s.reduce((a, x) => a + x * x, 0) / s.length);
const dbfs = (x: number): number => 20 * Math.log10(x);
/** Share of energy in the sample-to-sample differences: a cheap measure of how bright a sound is. */
const brightness = (s: Float64Array): number => {
  let d = 0;
  for (let i = 1; i < s.length; i++) d += (s[i]! - s[i - 1]!) * (s[i]! - s[i - 1]!);
  return d / (s.length * rms(s) * rms(s));
};

const EXPECTED: Record<string, [number, number]> = { // seconds: min, max
  'crowd-calm.wav': [3.5, 4.5],
  'crowd-agitated.wav': [3.5, 4.5],
  'siren.wav': [1.8, 2.2],
  'loudspeaker.wav': [1.3, 1.7],
  'click.wav': [0.02, 0.06],
  'alert.wav': [0.5, 0.7],
};

describe('synthesised sound files', () => {
  const wavs = Object.fromEntries(Object.keys(EXPECTED).map((n) => [n, readWav(n)]));
  const get = (n: string): Wav => wavs[n]!;

  it('are mono 16-bit 22,050 Hz PCM of the promised lengths, under 600 KB together', () => {
    let total = 0;
    for (const [name, [lo, hi]] of Object.entries(EXPECTED)) {
      const w = get(name);
      expect(w.channels, name).toBe(1);
      expect(w.bits, name).toBe(16);
      expect(w.rate, name).toBe(22050);
      const seconds = w.samples.length / w.rate;
      expect(seconds, name).toBeGreaterThanOrEqual(lo);
      expect(seconds, name).toBeLessThanOrEqual(hi);
      total += w.bytes;
    }
    expect(total).toBeLessThan(600 * 1024);
  });

  it('never clip (peak below −1 dBFS) and are not silent', () => {
    for (const name of Object.keys(EXPECTED)) {
      const p = peak(get(name).samples);
      expect(dbfs(p), name).toBeLessThan(-1);
      expect(dbfs(rms(get(name).samples)), name).toBeGreaterThan(-40);
    }
  });

  it('one-shots start and end near silence (no click at either end)', () => {
    for (const name of ['siren.wav', 'loudspeaker.wav', 'click.wav', 'alert.wav']) {
      const s = get(name).samples;
      expect(Math.abs(s[0]!), name).toBeLessThan(0.01);
      expect(Math.abs(s[s.length - 1]!), name).toBeLessThan(0.01);
    }
  });

  it('loop seamlessly: the jump from the last sample to the first is an ordinary step', () => {
    for (const name of ['crowd-calm.wav', 'crowd-agitated.wav']) {
      const s = get(name).samples;
      const steps = Array.from(s.subarray(1), (x, i) => Math.abs(x - s[i]!)).sort((a, b) => a - b);
      const p99 = steps[Math.floor(steps.length * 0.99)]!;
      expect(Math.abs(s[0]! - s[s.length - 1]!), name).toBeLessThan(p99);
      // Nor a level jump: the first and last 100 ms are within 3 dB of each other.
      const head = s.subarray(0, 2205), tail = s.subarray(s.length - 2205);
      expect(Math.abs(dbfs(rms(head)) - dbfs(rms(tail))), name).toBeLessThan(3);
    }
  });

  it('make the agitated crowd louder and brighter than the calm one', () => {
    const calm = get('crowd-calm.wav').samples, agitated = get('crowd-agitated.wav').samples;
    expect(dbfs(rms(agitated)) - dbfs(rms(calm))).toBeGreaterThan(6);
    expect(brightness(agitated)).toBeGreaterThan(1.5 * brightness(calm));
  });

  it('sweep the siren between roughly 600 and 1,500 Hz', () => {
    const w = get('siren.wav');
    // Zero crossings per 40 ms window give the fundamental (the horn filter keeps it dominant).
    const win = Math.round(0.04 * w.rate);
    const freqs: number[] = [];
    for (let i = Math.round(0.1 * w.rate); i + win < w.samples.length - 0.3 * w.rate; i += win) {
      let crossings = 0;
      for (let k = i + 1; k < i + win; k++) if ((w.samples[k - 1]! < 0) !== (w.samples[k]! < 0)) crossings++;
      freqs.push(crossings / 2 / 0.04);
    }
    expect(Math.min(...freqs)).toBeGreaterThan(550);
    expect(Math.min(...freqs)).toBeLessThan(900);
    expect(Math.max(...freqs)).toBeGreaterThan(1200);
    expect(Math.max(...freqs)).toBeLessThan(1700);
  });

  it('are exactly what scripts/synthAudio.mjs generates (seeded, byte-identical)', () => {
    // --check exits non-zero (execFileSync throws) if any byte differs.
    const out = execFileSync(process.execPath, [`${ROOT}scripts/synthAudio.mjs`, '--check'], { encoding: 'utf8' });
    expect(out).not.toContain('DIFFERS');
  }, 30_000);
});
