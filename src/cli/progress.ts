/** A progress line on standard error: rewritten in place on a terminal, a line every few seconds otherwise. */
export interface Progress {
  update(text: string): void;
  done(text?: string): void;
}

/** Milliseconds between two writes: a terminal line is cheap to rewrite, a log line is not. */
export const TTY_INTERVAL_MS = 100;
export const LOG_INTERVAL_MS = 5000;

/** Writes `label text` on `stream`, at most once per interval; `now` is the clock (tests pass their own). */
export const progressLine = (
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  label: string,
  now: () => number = Date.now,
): Progress => {
  const tty = stream.isTTY === true;
  const interval = tty ? TTY_INTERVAL_MS : LOG_INTERVAL_MS;
  let last = Number.NEGATIVE_INFINITY;
  let pending = "";
  const write = (text: string) => {
    if (tty) stream.write(`\r\x1b[2K${label} ${text}`);
    else stream.write(`${label} ${text}\n`);
  };
  return {
    update(text) {
      pending = text;
      const at = now();
      if (at - last >= interval) {
        last = at;
        write(text);
      }
    },
    done(text) {
      const final = text ?? pending;
      if (tty) stream.write(`\r\x1b[2K${label} ${final}\n`);
      else if (final) stream.write(`${label} ${final}\n`);
    },
  };
};

const numberFr = new Intl.NumberFormat("fr-FR");

/** "12 345 annonces · 3,4 Mo / 10,2 Mo (33 %) · 6 173/s" */
export const formatIngestProgress = (
  received: number,
  bytesRead: number,
  totalBytes: number | null,
  startedAt: number,
  now: number = Date.now(),
): string => {
  const mb = (n: number) => `${(n / 1e6).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
  const seconds = Math.max(0.001, (now - startedAt) / 1000);
  const rate = `${numberFr.format(Math.round(received / seconds))}/s`;
  const size = totalBytes
    ? `${mb(bytesRead)} / ${mb(totalBytes)} (${Math.floor((100 * bytesRead) / totalBytes)} %)`
    : mb(bytesRead);
  return `${numberFr.format(received)} ${received > 1 ? "annonces" : "annonce"} · ${size} · ${rate}`;
};
