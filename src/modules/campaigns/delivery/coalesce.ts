/**
 * Group commit: calls made while a previous run is in flight wait and then run together, in one run (one
 * query, one transaction). `runMany` answers in the order of its inputs; if it throws, every call of that
 * run fails with the error. A call that finds nothing in flight runs after the current tick, or, with
 * `gather`, once `gather.size` calls wait or `gather.ms` have passed, whichever comes first: a short wait
 * that lets concurrent callers share one run when each run costs much more than each input in it.
 */
export function coalescing<I, O>(runMany: (inputs: I[]) => Promise<O[]>, gather?: { size: number; ms: number }): (input: I) => Promise<O> {
  let waiting: { input: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  async function pump() {
    clearTimeout(timer);
    timer = undefined;
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      try {
        const out = await runMany(batch.map((w) => w.input));
        batch.forEach((w, i) => w.resolve(out[i]));
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    running = false;
  }
  return (input) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (running) {
        if (timer && gather && waiting.length >= gather.size) void pump();
        return;
      }
      running = true;
      // Calls made in the same tick (the worker's lanes starting together) join the first run.
      if (gather && gather.size > 1) timer = setTimeout(() => void pump(), gather.ms);
      else setImmediate(() => void pump());
    });
}
