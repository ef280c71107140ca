/**
 * A pulled feed's bytes that end with an error as soon as the pull is aborted (scheduler stopping)
 * or times out. fetch is given the same signal, but a response body can stay pending forever
 * once aborted (seen with gzip bodies read with backpressure): the pull would then never end, and
 * neither would `scheduler.stop()` nor the process on SIGTERM.
 */
import { AppError } from "../errors.js";
import type { FeedSource } from "../ingest/source.js";

const isTimeout = (signal: AbortSignal): boolean =>
  signal.reason instanceof DOMException && signal.reason.name === "TimeoutError";

const stopped = (name: string, signal: AbortSignal): AppError =>
  new AppError(
    "FEED_UNREADABLE",
    `Impossible de lire le flux ${name} : lecture interrompue (${isTimeout(signal) ? "délai dépassé" : "lecture annulée"}).`,
    { details: { source: name, ...(isTimeout(signal) ? { timeout: true } : {}) } },
  );

async function* untilAborted(
  bytes: AsyncIterable<Uint8Array>,
  name: string,
  signal: AbortSignal,
): AsyncIterable<Uint8Array> {
  const iterator = bytes[Symbol.asyncIterator]();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(stopped(name, signal));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
    // Release the body; never wait for a stream that may not answer any more.
    const closing = iterator.return?.();
    if (signal.aborted) closing?.catch(() => undefined);
    else await closing;
  }
}

/** The same source, whose bytes fail with FEED_UNREADABLE once `signal` aborts. */
export const abortable = (source: FeedSource, signal: AbortSignal): FeedSource => ({
  ...source,
  bytes: untilAborted(source.bytes, source.name, signal),
});
