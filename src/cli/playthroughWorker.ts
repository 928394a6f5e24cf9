// Worker thread of the scenario checker: plays its share of seeds and posts the batch back.

import { parentPort, workerData } from 'node:worker_threads';
import type { CrowdFidelity } from '../drill';
import type { ScenarioBundle } from '../scenario';
import { playSeeds } from './scenarioPlaythroughs';

const data = workerData as { bundle: ScenarioBundle; seeds: number[]; crowd: CrowdFidelity };
parentPort?.postMessage(playSeeds(data.bundle, data.seeds, data.crowd));
