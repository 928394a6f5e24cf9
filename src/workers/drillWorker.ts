// Entry point of the drill Web Worker (an ES-module worker bundled by Vite): the same headless drill
// engine that runs in Node, behind drillProtocol.ts.
/// <reference lib="webworker" />
import { createDrillHandler } from './drillHandler';
import type { DrillRequest } from './drillProtocol';

declare const self: DedicatedWorkerGlobalScope;

const handle = createDrillHandler((message, transfer) => self.postMessage(message, transfer));
self.onmessage = (ev: MessageEvent<DrillRequest>) => handle(ev.data);
