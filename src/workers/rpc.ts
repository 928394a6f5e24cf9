// Request/reply over a worker's message port, shared by the page's worker clients: ids assigned here,
// replies matched by id (the worker answers in order), errors the worker reports turned into
// exceptions, and the worker side's "every failure becomes an error reply" wrapper.

/** The minimal worker surface a client needs (a real Worker, or a stand-in in unit tests). */
export interface Port<Req, Rep> {
  postMessage(message: Req, transfer: Transferable[]): void;
  onmessage: ((ev: MessageEvent<Rep>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  terminate(): void;
}

/** An error the worker reported; `name` is the worker-side error's (e.g. 'SimInputError'). */
export class WorkerError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

type WithId = { id: number };
/** A request without its id, distributed over the union (ids are assigned by the Rpc). */
export type WithoutId<R> = R extends WithId ? Omit<R, 'id'> : never;
type ErrorReply = { id: number; type: 'error'; name: string; message: string };

export class Rpc<Req extends WithId, Rep extends WithId & { type: string }> {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: Rep) => void; reject: (e: Error) => void }>();

  /** `toError` builds the exception for an error reply; `what` names the worker in messages. */
  constructor(
    private readonly worker: Port<Req, Rep>,
    private readonly toError: (name: string, message: string) => Error,
    private readonly what: string,
  ) {
    worker.onmessage = (ev) => {
      const r = ev.data;
      const w = this.waiting.get(r.id);
      if (!w) return;
      this.waiting.delete(r.id);
      if (r.type === 'error') {
        const e = r as unknown as ErrorReply;
        w.reject(this.toError(e.name, e.message));
      } else w.resolve(r);
    };
    worker.onerror = (ev) => this.failAll(new Error(`${what} worker failed: ${ev.message}`));
  }

  call(req: WithoutId<Req>, transfer: Transferable[]): Promise<Rep> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...req, id } as unknown as Req, transfer);
    });
  }

  close(): void {
    this.worker.terminate();
    this.failAll(new Error(`${this.what} worker terminated`));
  }

  private failAll(e: Error): void {
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }
}

/** Wraps a worker-side handler so that any exception becomes an error reply to its request. */
export function replyingErrors<Req extends WithId>(
  handle: (req: Req) => void, replyError: (e: ErrorReply) => void,
): (req: Req) => void {
  return (req) => {
    try {
      handle(req);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      replyError({ id: req.id, type: 'error', name: e.name, message: e.message });
    }
  };
}
