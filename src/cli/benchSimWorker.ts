// Worker thread of bench:sim: times one preset at one crowd size in a fresh V8 isolate and posts
// its timing back (see benchSim.ts for why each measurement gets its own isolate).

import { parentPort, workerData } from 'node:worker_threads';
import type { ScenarioPresetName } from '../sim/types';
import { benchPreset } from './simStress';

const { preset, agents } = workerData as { preset: ScenarioPresetName; agents: number };
parentPort?.postMessage(benchPreset(preset, agents));
