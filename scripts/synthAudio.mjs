// Synthesises the drill's sounds (crowd ambience, siren, loudspeaker, click, alert) into assets/audio/
// as mono 16-bit WAV. Seeded and dependency-free: every run writes the same bytes. `--check` only
// compares with the files on disk (exit 1 on a difference); it must never fetch or read other audio.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SR = 22050;
const TAU = 2 * Math.PI;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG in [0, 1); the only source of chance here. */
function rngFrom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const between = (rng, lo, hi) => lo + (hi - lo) * rng();
const pick = (rng, list) => list[Math.floor(rng() * list.length)];

/** RBJ-cookbook biquad; `set` may be called while running (formant glides). */
class Biquad {
  constructor(type, freq, q = Math.SQRT1_2, gainDb = 0) {
    this.x1 = 0; this.x2 = 0; this.y1 = 0; this.y2 = 0;
    this.set(type, freq, q, gainDb);
  }
  set(type, freq, q = Math.SQRT1_2, gainDb = 0) {
    const w = (TAU * Math.min(freq, SR * 0.45)) / SR;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const A = Math.pow(10, gainDb / 40);
    let b0, b1, b2, a0, a1, a2;
    if (type === 'lowpass') {
      b0 = (1 - cos) / 2; b1 = 1 - cos; b2 = b0; a0 = 1 + alpha; a1 = -2 * cos; a2 = 1 - alpha;
    } else if (type === 'highpass') {
      b0 = (1 + cos) / 2; b1 = -(1 + cos); b2 = b0; a0 = 1 + alpha; a1 = -2 * cos; a2 = 1 - alpha;
    } else if (type === 'bandpass') { // constant 0 dB peak gain
      b0 = alpha; b1 = 0; b2 = -alpha; a0 = 1 + alpha; a1 = -2 * cos; a2 = 1 - alpha;
    } else { // peaking
      b0 = 1 + alpha * A; b1 = -2 * cos; b2 = 1 - alpha * A; a0 = 1 + alpha / A; a1 = -2 * cos; a2 = 1 - alpha / A;
    }
    this.b0 = b0 / a0; this.b1 = b1 / a0; this.b2 = b2 / a0; this.a1 = a1 / a0; this.a2 = a2 / a0;
  }
  run(x) {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1; this.x1 = x; this.y2 = this.y1; this.y1 = y;
    return y;
  }
}

/** Runs a buffer through a chain of biquads in place. */
function filter(buf, ...stages) {
  for (let i = 0; i < buf.length; i++) {
    let x = buf[i];
    for (const s of stages) x = s.run(x);
    buf[i] = x;
  }
  return buf;
}

function rms(buf, from = 0, to = buf.length) {
  let s = 0;
  for (let i = from; i < to; i++) s += buf[i] * buf[i];
  return Math.sqrt(s / Math.max(1, to - from));
}
function peak(buf) {
  let p = 0;
  for (const x of buf) p = Math.max(p, Math.abs(x));
  return p;
}
/** Adds `src` scaled so that its RMS becomes `targetRms` (layers are balanced by loudness, not by guesswork). */
function mixAtRms(dst, src, targetRms) {
  const g = targetRms / (rms(src) || 1);
  for (let i = 0; i < dst.length; i++) dst[i] += src[i] * g;
}
function scale(buf, g) {
  for (let i = 0; i < buf.length; i++) buf[i] *= g;
  return buf;
}
/** Scales so the peak sits at `dbfs` (all files stay below −1 dBFS: no clipping, headroom for resampling). */
function normalise(buf, dbfs) {
  return scale(buf, Math.pow(10, dbfs / 20) / (peak(buf) || 1));
}
/** Short raised-cosine fades at both ends so no file starts or stops with a step (a click). */
function fadeEnds(buf, inSec, outSec) {
  const a = Math.round(inSec * SR), b = Math.round(outSec * SR);
  for (let i = 0; i < a; i++) buf[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < b; i++) buf[buf.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  return buf;
}
/** Slow random gain curve: random points every minSeg–maxSeg seconds, cosine-interpolated. */
function randomEnvelope(rng, n, minSeg, maxSeg, lo, hi) {
  const env = new Float64Array(n);
  let i0 = 0, v0 = between(rng, lo, hi);
  while (i0 < n) {
    const len = Math.max(1, Math.round(between(rng, minSeg, maxSeg) * SR));
    const v1 = between(rng, lo, hi);
    for (let k = 0; k < len && i0 + k < n; k++) env[i0 + k] = v0 + (v1 - v0) * (0.5 - 0.5 * Math.cos((Math.PI * k) / len));
    i0 += len; v0 = v1;
  }
  return env;
}
function whiteNoise(rng, n) {
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) b[i] = rng() * 2 - 1;
  return b;
}
/** Feedback echoes (an open street, not a room): each tap is a delay in seconds and a gain. */
function echo(buf, taps) {
  const out = Float64Array.from(buf);
  for (const [sec, g] of taps) {
    const d = Math.round(sec * SR);
    for (let i = d; i < out.length; i++) out[i] += buf[i - d] * g;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Voices: a band-limited sawtooth (the glottis) through three formant band-passes (the vowel).
// Syllables are unintelligible on purpose: the crowd murmurs, it says nothing.
// ---------------------------------------------------------------------------------------------

const VOWELS = [ // F1, F2, F3 (Hz) of an adult male; female voices scale them by ~1.15
  [730, 1090, 2440], [270, 2290, 3010], [300, 870, 2240], [530, 1840, 2480], [570, 840, 2410], [500, 1500, 2500],
];

/** PolyBLEP correction: removes most of the naive sawtooth's aliasing at no real cost. */
function polyBlep(t, dt) {
  if (t < dt) { const x = t / dt; return x + x - x * x - 1; }
  if (t > 1 - dt) { const x = (t - 1) / dt; return x * x + x + x + 1; }
  return 0;
}

/**
 * Renders one syllable into `buf`: { t0, dur (s), vowel, f0a → f0b (Hz), amp, fScale, breath, attack }.
 * Formants glide from a consonant-like locus to the vowel over the first ~50 ms, as in speech.
 */
function renderSyllable(buf, rng, s) {
  const n0 = Math.round(s.t0 * SR), len = Math.round(s.dur * SR), tail = Math.round(0.03 * SR);
  const target = s.vowel.map((f) => f * s.fScale);
  const locus = [target[0] * 0.55, target[1] * between(rng, 0.75, 1.25), target[2]];
  const bands = [new Biquad('bandpass', locus[0], 5), new Biquad('bandpass', locus[1], 8), new Biquad('bandpass', locus[2], 10)];
  const bandGain = [1, 0.6, 0.25];
  const glide = 0.05 * SR, attack = Math.max(1, s.attack * SR), release = Math.max(1, 0.05 * SR);
  const vibRate = between(rng, 4.5, 6.5);
  let phase = rng();
  for (let i = 0; i < len + tail && n0 + i < buf.length; i++) {
    if (i % 32 === 0) {
      const g = Math.min(1, i / glide);
      for (let k = 0; k < 3; k++) bands[k].set('bandpass', locus[k] + (target[k] - locus[k]) * g, k === 0 ? 5 : k === 1 ? 8 : 10);
    }
    const f0 = (s.f0a + (s.f0b - s.f0a) * Math.min(1, i / len)) * (1 + 0.012 * Math.sin((TAU * vibRate * i) / SR));
    const dt = f0 / SR;
    phase += dt;
    if (phase >= 1) phase -= 1;
    const saw = 2 * phase - 1 - polyBlep(phase, dt);
    const src = saw * (1 - s.breath) + (rng() * 2 - 1) * s.breath;
    let env;
    if (i < attack) env = 0.5 - 0.5 * Math.cos((Math.PI * i) / attack);
    else if (i < len - release) env = 1;
    else if (i < len) env = 0.5 + 0.5 * Math.cos((Math.PI * (i - (len - release))) / release);
    else env = 0;
    let y = 0;
    for (let k = 0; k < 3; k++) y += bands[k].run(src) * bandGain[k];
    buf[n0 + i] += y * env * s.amp;
  }
}

/** One talker chatting over [0, seconds): spells of syllables with a falling phrase melody, then pauses. */
function babbler(buf, rng, seconds, o) {
  const female = rng() < 0.45;
  const baseF0 = female ? between(rng, 185, 250) * o.pitch : between(rng, 95, 140) * o.pitch;
  const fScale = female ? 1.15 : 1;
  const gain = between(rng, o.gainLo, o.gainHi);
  let t = between(rng, 0, o.pauseHi);
  while (t < seconds) {
    const spellEnd = t + between(rng, o.spellLo, o.spellHi);
    const start = t;
    while (t < spellEnd && t < seconds) {
      const dur = between(rng, o.sylLo, o.sylHi);
      const melody = 1.1 - 0.2 * ((t - start) / (spellEnd - start)); // declination over the phrase
      const f0 = baseF0 * melody * between(rng, 0.95, 1.05);
      renderSyllable(buf, rng, {
        t0: t, dur, vowel: pick(rng, VOWELS), f0a: f0, f0b: f0 * between(rng, 0.92, 1.06),
        amp: gain * between(rng, 0.6, 1), fScale, breath: o.breath, attack: 0.025,
      });
      t += dur + between(rng, 0, 0.04);
    }
    t += between(rng, o.pauseLo, o.pauseHi);
  }
}

// ---------------------------------------------------------------------------------------------
// Seamless loops: render `seconds + overlap`, then cross-fade the overhang into the head, so the
// last sample runs straight into the first (equal-power: the layers are uncorrelated noise/voices).
// ---------------------------------------------------------------------------------------------

const LOOP_OVERLAP = 0.5;

function closeLoop(long, seconds) {
  const n = Math.round(seconds * SR), f = Math.round(LOOP_OVERLAP * SR);
  const out = long.slice(0, n);
  for (let i = 0; i < f; i++) {
    const a = (Math.PI / 2) * (i / f);
    out[i] = long[i] * Math.sin(a) + long[n + i] * Math.cos(a);
  }
  return out;
}

/** Murmur bed: noise shaped like distant speech, breathing slowly. */
function noiseBed(rng, n, lowCut, highCut, segLo, segHi, depthLo) {
  const bed = filter(whiteNoise(rng, n), new Biquad('highpass', lowCut), new Biquad('lowpass', highCut),
    new Biquad('peaking', 500, 1, 4));
  const env = randomEnvelope(rng, n, segLo, segHi, depthLo, 1);
  for (let i = 0; i < n; i++) bed[i] *= env[i];
  return bed;
}

/** `count` babblers talking over each other for `seconds`, band-limited to highpass … lowpass Hz. */
function murmur(rng, n, seconds, count, babble, lowpass, highpass) {
  const voices = new Float64Array(n);
  for (let v = 0; v < count; v++) babbler(voices, rng, seconds, babble);
  filter(voices, new Biquad('lowpass', lowpass), new Biquad('highpass', highpass));
  return voices;
}

function crowdCalm() {
  const rng = rngFrom(0x5ca1ab1e);
  const seconds = 4, n = Math.round((seconds + LOOP_OVERLAP) * SR);
  const bed = noiseBed(rng, n, 90, 700, 0.35, 0.7, 0.55);
  // Distance: the murmur loses its consonants and its top.
  const voices = murmur(rng, n, seconds + LOOP_OVERLAP, 14, {
    pitch: 1, gainLo: 0.25, gainHi: 1, breath: 0.25, spellLo: 0.8, spellHi: 2.5, sylLo: 0.12, sylHi: 0.24,
    pauseLo: 0.3, pauseHi: 1.4,
  }, 1800, 120);
  const mix = new Float64Array(n);
  mixAtRms(mix, bed, 0.8);
  mixAtRms(mix, voices, 0.8);
  return normalise(closeLoop(mix, seconds), -6);
}

/** A chant: `voices` people shouting the same three beats in near-unison, starting at t0. */
function chant(buf, rng, t0, voices) {
  const beats = [[0, 0.2, 0], [0.26, 0.2, 3], [0.52, 0.42, 4]]; // offset, length, vowel index
  for (let v = 0; v < voices; v++) {
    const f0 = between(rng, 190, 240);
    const gain = between(rng, 0.5, 1);
    for (const [off, dur, vowel] of beats) {
      renderSyllable(buf, rng, {
        t0: t0 + off + between(rng, -0.02, 0.03), dur: dur * between(rng, 0.9, 1.1), vowel: VOWELS[vowel],
        f0a: f0 * 1.08, f0b: f0 * (vowel === 4 ? 0.88 : 1), amp: gain, fScale: 1.1, breath: 0.15, attack: 0.015,
      });
    }
  }
}

/** A single shout: one long, high, open vowel rising then falling. */
function shout(buf, rng, t0) {
  const f0 = between(rng, 260, 380);
  renderSyllable(buf, rng, {
    t0, dur: between(rng, 0.35, 0.6), vowel: pick(rng, [VOWELS[0], VOWELS[4], VOWELS[3]]), f0a: f0 * 0.9, f0b: f0 * 1.12,
    amp: 1, fScale: 1.2, breath: 0.2, attack: 0.02,
  });
}

function crowdAgitated() {
  const rng = rngFrom(0xa617a7ed);
  const seconds = 4, n = Math.round((seconds + LOOP_OVERLAP) * SR);
  const bed = noiseBed(rng, n, 110, 1600, 0.15, 0.35, 0.4);
  const voices = murmur(rng, n, seconds + LOOP_OVERLAP, 24, {
    pitch: 1.35, gainLo: 0.35, gainHi: 1, breath: 0.15, spellLo: 1.2, spellHi: 3, sylLo: 0.1, sylHi: 0.2,
    pauseLo: 0.1, pauseHi: 0.5,
  }, 3800, 150);
  // Chants every 2 s (0.7 s and 2.7 s): the rhythm carries across the loop point; shouts stay clear
  // of the cross-faded head so they are never doubled.
  const bursts = new Float64Array(n);
  chant(bursts, rng, 0.7, 10);
  chant(bursts, rng, 2.7, 12);
  for (const t of [1.55, 2.1, 3.35]) shout(bursts, rng, t + between(rng, -0.05, 0.05));
  filter(bursts, new Biquad('lowpass', 4500), new Biquad('highpass', 150));
  const mix = new Float64Array(n);
  mixAtRms(mix, bed, 0.6);
  mixAtRms(mix, voices, 1.0);
  mixAtRms(mix, bursts, 1.5);
  // A little saturation: many throats at full voice compress into a roar.
  for (let i = 0; i < n; i++) mix[i] = Math.tanh(mix[i] * 0.5) / 0.5;
  return normalise(closeLoop(mix, seconds), -3);
}

// ---------------------------------------------------------------------------------------------
// One-shots
// ---------------------------------------------------------------------------------------------

/** Police-siren sweep between two tones (650 ↔ 1450 Hz): fast exponential rise, quicker fall, 0.5 s a cycle. */
function siren() {
  const n = Math.round(2 * SR);
  const lo = 650, hi = 1450, period = 0.5, rise = 0.7;
  const buf = new Float64Array(n);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const p = ((i / SR) % period) / period;
    const f = p < rise ? lo * Math.pow(hi / lo, p / rise) : hi * Math.pow(lo / hi, (p - rise) / (1 - rise));
    phase = (phase + f / SR) % 1;
    // Square-ish wave from odd harmonics, tapered off below Nyquist (no aliasing, no click when a
    // harmonic crosses the limit during the sweep).
    let y = 0;
    for (let k = 1; k <= 9; k += 2) {
      const room = Math.min(1, (SR * 0.45 - k * f) / 1500);
      if (room > 0) y += (room * Math.sin(TAU * k * phase)) / k;
    }
    buf[i] = y;
  }
  // The horn: a band around 1–2 kHz, little below 400 Hz.
  filter(buf, new Biquad('highpass', 400), new Biquad('peaking', 1400, 0.8, 5), new Biquad('lowpass', 4500));
  const out = echo(buf, [[0.07, 0.22], [0.16, 0.1]]);
  return normalise(fadeEnds(out, 0.03, 0.2), -3);
}

/** A bell-like note: partials at 1×, 2×, 3× decaying exponentially. */
function bell(buf, t0, f, tau, amp) {
  const n0 = Math.round(t0 * SR);
  for (let i = 0; n0 + i < buf.length; i++) {
    const t = i / SR;
    const a = Math.min(1, t / 0.004) * Math.exp(-t / tau) * amp;
    buf[n0 + i] += a * (Math.sin(TAU * f * t) + 0.3 * Math.sin(TAU * 2 * f * t) * Math.exp(-t / 0.12) + 0.1 * Math.sin(TAU * 3 * f * t));
  }
}

/** 叮咚 chime, then a few syllables of a man speaking through a megaphone (band-limited, overdriven). */
function loudspeaker() {
  const rng = rngFrom(0x1005d);
  const n = Math.round(1.5 * SR);
  const chime = new Float64Array(n);
  bell(chime, 0.0, 659.26, 0.3, 1); // E5
  bell(chime, 0.24, 523.25, 0.4, 1); // C5
  const voice = new Float64Array(n);
  const durs = [0.16, 0.14, 0.2, 0.15, 0.22];
  let t = 0.62;
  durs.forEach((dur, k) => {
    const f0 = 135 * (1.12 - 0.05 * k);
    renderSyllable(voice, rng, {
      t0: t, dur, vowel: VOWELS[[0, 3, 5, 1, 4][k]], f0a: f0, f0b: f0 * (k === durs.length - 1 ? 0.85 : 0.97),
      amp: 1, fScale: 1, breath: 0.1, attack: 0.015,
    });
    t += dur + 0.025;
  });
  filter(voice, new Biquad('highpass', 450), new Biquad('peaking', 1600, 1, 6), new Biquad('lowpass', 3400));
  const drive = 4 / (peak(voice) || 1);
  for (let i = 0; i < n; i++) voice[i] = Math.tanh(voice[i] * drive);
  filter(voice, new Biquad('lowpass', 3600));
  const mix = new Float64Array(n);
  mixAtRms(mix, chime, 0.25);
  mixAtRms(mix, voice, 0.2);
  const out = echo(mix, [[0.09, 0.18], [0.2, 0.08]]);
  return normalise(fadeEnds(out, 0.002, 0.08), -3);
}

/** Soft UI click: a 2 kHz tick decaying in ~6 ms over a breath of filtered noise. */
function click() {
  const rng = rngFrom(0xc11c);
  const n = Math.round(0.04 * SR);
  const buf = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.0008) * Math.exp(-t / 0.006);
    buf[i] = env * (Math.sin(TAU * 1900 * t) * 0.8 + (rng() * 2 - 1) * 0.3);
  }
  filter(buf, new Biquad('lowpass', 5000), new Biquad('highpass', 300));
  return normalise(fadeEnds(buf, 0.0005, 0.01), -12);
}

/** Two rising notes (G5 → C6): a neutral "look here" that does not sound like an error. */
function alert() {
  const n = Math.round(0.6 * SR);
  const buf = new Float64Array(n);
  const notes = [[0, 783.99], [0.22, 1046.5]];
  for (const [t0, f] of notes) {
    const n0 = Math.round(t0 * SR), len = Math.round((t0 === 0 ? 0.22 : 0.38) * SR);
    for (let i = 0; i < len && n0 + i < n; i++) {
      const t = i / SR;
      const rel = Math.min(1, (len - i) / (0.04 * SR));
      const env = Math.min(1, t / 0.008) * Math.exp(-t / 0.25) * rel;
      buf[n0 + i] += env * (Math.sin(TAU * f * t) + 0.25 * Math.sin(TAU * 2 * f * t) + 0.08 * Math.sin(TAU * 3 * f * t));
    }
  }
  return normalise(fadeEnds(buf, 0.001, 0.02), -4);
}

// ---------------------------------------------------------------------------------------------
// WAV (RIFF, PCM 16-bit, mono) and the command line
// ---------------------------------------------------------------------------------------------

function toWav(samples) {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const v = new DataView(bytes.buffer);
  const ascii = (off, s) => { for (let i = 0; i < s.length; i++) v.setUint8(off + i, s.charCodeAt(i)); };
  ascii(0, 'RIFF'); v.setUint32(4, 36 + samples.length * 2, true); ascii(8, 'WAVE');
  ascii(12, 'fmt '); v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
  v.setUint32(24, SR, true); v.setUint32(28, SR * 2, true); v.setUint16(32, 2, true); v.setUint16(34, 16, true);
  ascii(36, 'data'); v.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    v.setInt16(44 + i * 2, Math.round(s * 32767), true);
  }
  return bytes;
}

const FILES = {
  'crowd-calm.wav': crowdCalm,
  'crowd-agitated.wav': crowdAgitated,
  'siren.wav': siren,
  'loudspeaker.wav': loudspeaker,
  'click.wav': click,
  'alert.wav': alert,
};

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const dbfs = (x) => (x > 0 ? (20 * Math.log10(x)).toFixed(1) : '-inf');
const check = process.argv.includes('--check');
let total = 0, differs = 0;
if (!check) mkdirSync(OUT_DIR, { recursive: true });
for (const [name, make] of Object.entries(FILES)) {
  const samples = make();
  const wav = toWav(samples);
  const path = join(OUT_DIR, name);
  total += wav.length;
  const line = `${name.padEnd(20)} ${(samples.length / SR).toFixed(2)} s  ${(wav.length / 1024).toFixed(1).padStart(6)} KB  ` +
    `peak ${dbfs(peak(samples))} dBFS  rms ${dbfs(rms(samples))} dBFS`;
  if (check) {
    const same = existsSync(path) && sameBytes(readFileSync(path), wav);
    if (!same) differs++;
    console.log(`${same ? 'same   ' : 'DIFFERS'} ${line}`);
  } else {
    writeFileSync(path, wav);
    console.log(`wrote ${line}`);
  }
}
console.log(`total ${(total / 1024).toFixed(1)} KB`);
if (differs > 0) {
  console.error(`${differs} file(s) differ from what this script generates: run \`npm run audio:synth\`.`);
  process.exitCode = 1;
}
