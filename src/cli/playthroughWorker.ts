// Worker thread of the scenario checker: plays its share of seeds, posting progress as it goes and
// the batch at the end.

import { parentPort, workerData } from 'node:worker_threads';
import type { CrowdFidelity } from '../drill';
import type { ScenarioBundle } from '../scenario';
import { playSeeds, type WorkerReport } from './scenarioPlayer';

const data = workerData as { bundle: ScenarioBundle; seeds: number[]; crowd: CrowdFidelity };
const post = (m: WorkerReport): void => parentPort?.postMessage(m);
const batch = playSeeds(data.bundle, data.seeds, data.crowd, (played) => post({ kind: 'progress', played }));
post({ kind: 'done', batch });
