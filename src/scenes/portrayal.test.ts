import { describe, expect, it } from 'vitest';
import { CITIZEN_LOOKS, OFFICER_LOOKS, citizenLook, officerAlpha } from './portrayal';

// Codes of src/sim/types.ts (views may not import the model's values; portrayal.ts checks them by type).
const CitizenState = { QUIET: 0, ACTIVE: 1, VIOLENT: 2, ARRESTED: 3, LEFT: 4, VACANT: 255 };
const OfficerStatus = { onDuty: 0, escorting: 1, withdrawing: 2, gone: 3, vacant: 255 };
const signature = (l: { size: number; shape: string }) => `${l.shape}:${l.size}`;

describe('portrayal', () => {
  it('draws only present citizens', () => {
    expect(citizenLook(CitizenState.ARRESTED, 1)).toBe(-1);
    expect(citizenLook(CitizenState.LEFT, 1)).toBe(-1);
    expect(citizenLook(CitizenState.VACANT, 0)).toBe(-1);
    expect(citizenLook(CitizenState.QUIET, 0)).not.toBe(citizenLook(CitizenState.QUIET, 2));
  });

  it('tells quiet, active and violent citizens apart by size or shape, not colour alone', () => {
    const looks = [CitizenState.QUIET, CitizenState.ACTIVE, CitizenState.VIOLENT].map((s) => CITIZEN_LOOKS[citizenLook(s, 1)]!);
    expect(new Set(looks.map(signature)).size).toBe(3);
  });

  it('tells the four police postures apart by size or shape, not colour alone', () => {
    expect(new Set(OFFICER_LOOKS.map(signature)).size).toBe(OFFICER_LOOKS.length);
  });

  it('hides gone officers and fades withdrawing ones', () => {
    expect(officerAlpha(OfficerStatus.onDuty)).toBe(1);
    expect(officerAlpha(OfficerStatus.withdrawing)).toBeLessThan(officerAlpha(OfficerStatus.onDuty));
    expect(officerAlpha(OfficerStatus.gone)).toBe(0);
    expect(officerAlpha(OfficerStatus.vacant)).toBe(0);
  });
});
