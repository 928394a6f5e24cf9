// Worker-thread entry for the Node tools: registers tsx in this thread, then loads the TypeScript
// module named in workerData.entry (worker threads do not inherit the parent's --import hooks).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
