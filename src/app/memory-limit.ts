/**
 * A budget counted in this process's memory, for calls that store nothing (the letter safety check):
 * a database write per call would cost more than the call. Not per client: we keep no addresses.
 */
export function windowBudget(max: number, windowMs: number, now: () => number = Date.now): () => boolean {
  let windowStart = 0;
  let used = 0;
  return () => {
    const t = now();
    if (t - windowStart >= windowMs) {
      windowStart = t - (t % windowMs);
      used = 0;
    }
    used++;
    return used <= max;
  };
}
