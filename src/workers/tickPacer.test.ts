import { describe, expect, it } from 'vitest';
import { TickPacer } from './tickPacer';

describe('TickPacer', () => {
  it('owes one tick per period at 1× and carries the remainder', () => {
    const p = new TickPacer({ periodMs: 250, maxBacklog: 4 });
    p.advance(200);
    expect(p.take()).toBe(0);
    p.advance(100); // 300 ms in total
    expect(p.take()).toBe(1);
    p.advance(200); // 50 carried + 200
    expect(p.take()).toBe(1);
  });

  it('scales with speed and stops while paused', () => {
    const p = new TickPacer({ periodMs: 250, maxBacklog: 100 });
    p.speed = 4;
    p.advance(250);
    expect(p.take()).toBe(4);
    p.paused = true;
    p.advance(10_000);
    expect(p.take()).toBe(0);
  });

  it('bounds catch-up after a stall and hands out at most `max` at a time', () => {
    const p = new TickPacer({ periodMs: 250, maxBacklog: 4 });
    p.advance(60_000); // a minute in a background tab
    expect(p.take(3)).toBe(3);
    expect(p.take()).toBe(1);
    expect(p.take()).toBe(0);
  });

  it('interpolates from the previous snapshot to the current one over one period', () => {
    const p = new TickPacer({ periodMs: 250, maxBacklog: 4 });
    p.frameArrived();
    p.advance(125);
    expect(p.alpha()).toBeCloseTo(0.5);
    p.advance(1000);
    expect(p.alpha()).toBe(1);
    p.frameArrived();
    expect(p.alpha()).toBe(0);
  });
});
