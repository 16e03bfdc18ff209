/**
 * Waiting on an event in a test: poll a condition until it holds. A thrown error means
 * "not yet" (an RPC answer not there, a file half written), except a `StopWaiting`: a state
 * that must never be seen (a hit-enter prompt on the screen) fails the test at once, even
 * if it goes away before the condition holds.
 */
export class StopWaiting extends Error {
  override name = 'StopWaiting';
}

/** Polls `fn` until it returns a truthy value; a `StopWaiting` it throws ends the wait with that error. */
export async function waitFor<T>(fn: () => Promise<T | undefined | false | null> | T | undefined | false | null, timeoutMs = 15_000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      if (err instanceof StopWaiting) throw err;
      lastErr = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms${lastErr ? `: ${String(lastErr)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
