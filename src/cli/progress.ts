/** A progress line on standard error: rewritten in place on a terminal, a line every few seconds otherwise. */
export interface Progress {
  update(text: string): void;
  done(text?: string): void;
}

export const progressLine = (
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  label: string,
): Progress => {
  const tty = stream.isTTY === true;
  const interval = tty ? 100 : 5000;
  let last = 0;
  let pending = "";
  const write = (text: string) => {
    if (tty) stream.write(`\r\x1b[2K${label} ${text}`);
    else stream.write(`${label} ${text}\n`);
  };
  return {
    update(text) {
      pending = text;
      const now = Date.now();
      if (now - last >= interval) {
        last = now;
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

/** "12 345 annonces · 3,4 Mo / 10,2 Mo (33 %)" */
export const formatIngestProgress = (
  received: number,
  bytesRead: number,
  totalBytes: number | null,
  startedAt: number,
): string => {
  const mb = (n: number) => `${(n / 1e6).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
  const seconds = Math.max(0.001, (Date.now() - startedAt) / 1000);
  const rate = `${numberFr.format(Math.round(received / seconds))}/s`;
  const size = totalBytes
    ? `${mb(bytesRead)} / ${mb(totalBytes)} (${Math.floor((100 * bytesRead) / totalBytes)} %)`
    : mb(bytesRead);
  return `${numberFr.format(received)} annonces · ${size} · ${rate}`;
};
