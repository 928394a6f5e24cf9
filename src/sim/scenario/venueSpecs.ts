// Venue geometry of the scenario presets as data (crowd-model.md §7.3), in metres, origin north-west.
// Layouts are calibrations: zone names and the gap construction are the contract, coordinates may be tuned.

import type { ScenarioPresetName, VenueRect } from '../types';

export interface Point { x: number; y: number }

/** A cordon segment a → b, filled with officers from a; an advancing one moves its line by `advance`. */
export interface CordonSpec {
  a: Point;
  b: Point;
  /** Translation of the whole line when fully advanced (0,0 = static). */
  advance: Point;
  /** Which side is the kettle, as a unit normal pointing to the inner region. */
  inner: Point;
}

export interface ZoneSpec {
  name: string;
  rect: VenueRect;
  entry: Point;
  /** Where a riot block forms its stand-off (2 m spacing around it). */
  standoff: Point;
  cordon: CordonSpec;
}

export interface SpawnSpec {
  rect: VenueRect;
  /** Which citizen types spawn here: 0 bystander, 1 participant, 2 core. */
  types: readonly number[];
}

export interface VenueSpec {
  width: number;
  height: number;
  obstacles: readonly VenueRect[];
  focal: Point;
  address: Point;
  zones: readonly ZoneSpec[];
  focalZone: string;
  exits: readonly VenueRect[];
  /** Where arrivals enter the venue. */
  arrivalEntries: readonly Point[];
  spawns: readonly SpawnSpec[];
  /** Parked vehicles as obstacles, placed with the population stream (taxi: 60 stopped taxis). */
  vehicles?: { count: number; w: number; h: number; area: VenueRect };
}

const r = (x0: number, x1: number, y0: number, y1: number): VenueRect => ({ x0, y0, x1, y1 });
const p = (x: number, y: number): Point => ({ x, y });

const taxi: VenueSpec = {
  width: 160,
  height: 100,
  obstacles: [
    r(0, 160, 0, 4), // compound wall of the government building
    r(0, 20, 84, 100), r(28, 132, 84, 100), r(140, 160, 84, 100), // buildings, side streets 20–28, 132–140
  ],
  focal: p(80, 17),
  address: p(80, 8),
  zones: [
    { name: 'gate', rect: r(64, 96, 4, 16), entry: p(80, 4.5), standoff: p(80, 10),
      cordon: { a: p(64, 14), b: p(96, 14), advance: p(0, 0), inner: p(0, -1) } },
    { name: 'square', rect: r(24, 136, 16, 58), entry: p(80, 4.5), standoff: p(80, 18),
      cordon: { a: p(24, 20), b: p(136, 20), advance: p(0, 34), inner: p(0, -1) } },
    { name: 'road', rect: r(0, 160, 62, 80), entry: p(159.5, 71), standoff: p(150, 71),
      cordon: { a: p(20, 62), b: p(20, 80), advance: p(120, 0), inner: p(-1, 0) } },
  ],
  focalZone: 'square',
  exits: [r(0, 0.5, 60, 84), r(159.5, 160, 60, 84), r(20, 28, 99.5, 100), r(132, 140, 99.5, 100)],
  arrivalEntries: [p(1, 71), p(159, 71), p(24, 98), p(136, 98)],
  spawns: [
    { rect: r(30, 130, 16, 40), types: [1, 2] },
    { rect: r(10, 150, 62, 80), types: [1, 2] },
    { rect: r(30, 130, 40, 58), types: [0] },
    { rect: r(10, 150, 80, 83), types: [0] },
  ],
  vehicles: { count: 60, w: 4.6, h: 2.0, area: r(5, 155, 64, 79) },
};

const rent: VenueSpec = {
  width: 100,
  height: 70,
  obstacles: [
    r(0, 45, 0, 6), r(55, 100, 0, 6), // office building; entrance 45–55 stays open to the focal point
    r(0, 20, 46, 50), r(30, 45, 46, 50), r(55, 70, 46, 50), r(80, 100, 46, 50), // planters
    r(0, 100, 66, 70), // shop fronts
  ],
  focal: p(50, 19),
  address: p(50, 10),
  zones: [
    { name: 'office', rect: r(30, 70, 6, 18), entry: p(50, 6.5), standoff: p(50, 12),
      cordon: { a: p(30, 16), b: p(70, 16), advance: p(0, 0), inner: p(0, -1) } },
    { name: 'plaza', rect: r(8, 92, 18, 46), entry: p(0.5, 58), standoff: p(50, 20),
      cordon: { a: p(8, 22), b: p(92, 22), advance: p(0, 22), inner: p(0, -1) } },
    { name: 'street', rect: r(0, 100, 50, 66), entry: p(99.5, 58), standoff: p(90, 58),
      cordon: { a: p(10, 50), b: p(10, 66), advance: p(80, 0), inner: p(-1, 0) } },
  ],
  focalZone: 'plaza',
  exits: [r(0, 0.5, 50, 66), r(99.5, 100, 50, 66)],
  arrivalEntries: [p(1, 58), p(99, 58)],
  spawns: [
    { rect: r(30, 70, 8, 18), types: [1, 2] },
    { rect: r(10, 90, 18, 32), types: [1, 2] },
    { rect: r(10, 90, 32, 46), types: [0] },
    { rect: r(2, 98, 51, 65), types: [0] },
  ],
};

const housing: VenueSpec = {
  width: 140,
  height: 90,
  obstacles: [
    r(20, 80, 0, 8), // sales office
    r(18, 20, 0, 50), r(80, 82, 0, 50), // forecourt side walls
    r(18, 64, 50, 51), r(76, 82, 50, 51), // fence, gate opening 64–76
  ],
  focal: p(50, 9),
  address: p(50, 12),
  zones: [
    { name: 'salesOffice', rect: r(20, 80, 8, 22), entry: p(50, 8.5), standoff: p(50, 14),
      cordon: { a: p(20, 20), b: p(80, 20), advance: p(0, 26), inner: p(0, -1) } },
    { name: 'gate', rect: r(56, 84, 44, 58), entry: p(70, 57), standoff: p(70, 54),
      cordon: { a: p(64, 50.5), b: p(76, 50.5), advance: p(0, 0), inner: p(0, -1) } },
    { name: 'road', rect: r(0, 140, 58, 80), entry: p(139.5, 69), standoff: p(130, 69),
      cordon: { a: p(30, 58), b: p(30, 80), advance: p(80, 0), inner: p(-1, 0) } },
  ],
  focalZone: 'salesOffice',
  exits: [r(0, 0.5, 58, 80), r(139.5, 140, 58, 80)],
  arrivalEntries: [p(1, 69), p(139, 69)],
  spawns: [
    { rect: r(21, 79, 12, 48), types: [1, 2] },
    { rect: r(20, 110, 52, 58), types: [0] },
    { rect: r(21, 79, 40, 49), types: [0] },
  ],
};

export const VENUES: Record<ScenarioPresetName, VenueSpec> = { taxi, rent, housing };

/** Zone names per preset, in index order; `epstein` has the single zone "world". */
export const ZONE_NAMES: Record<ScenarioPresetName | 'epstein', readonly string[]> = {
  taxi: taxi.zones.map((z) => z.name),
  rent: rent.zones.map((z) => z.name),
  housing: housing.zones.map((z) => z.name),
  epstein: ['world'],
};
