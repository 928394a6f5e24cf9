// Entry point of the simulation Web Worker (an ES-module worker bundled by Vite): wires the
// request handler to the worker's message port. The sim code is the same that runs in Node.
/// <reference lib="webworker" />
import { createSimHandler } from './simHandler';
import type { WorkerRequest } from './simProtocol';

declare const self: DedicatedWorkerGlobalScope;

const handle = createSimHandler((message, transfer) => self.postMessage(message, transfer));
self.onmessage = (ev: MessageEvent<WorkerRequest>) => handle(ev.data);
