import { describe, expect, it } from "vitest";
import { formatIngestProgress, LOG_INTERVAL_MS, progressLine, TTY_INTERVAL_MS } from "./progress.js";

/** A writable stream that keeps what it is given, and a clock the test moves by hand. */
const fakeStream = (isTTY: boolean) => {
  const writes: string[] = [];
  const stream = {
    isTTY,
    write: (chunk: string) => {
      writes.push(chunk);
      return true;
    },
  } as unknown as NodeJS.WritableStream & { isTTY: boolean };
  return { stream, writes };
};
const fakeClock = () => {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
};

/** Spaces as plain spaces: fr-FR numbers use narrow no-break spaces. */
const plain = (text: string) => text.replace(/\s/g, " ");

describe("progressLine", () => {
  it("rewrites one terminal line in place, at most once per interval, and ends it with a newline", () => {
    const { stream, writes } = fakeStream(true);
    const clock = fakeClock();
    const progress = progressLine(stream, "[acme]", clock.now);
    progress.update("1 annonce");
    progress.update("2 annonces");
    clock.advance(TTY_INTERVAL_MS - 1);
    progress.update("3 annonces");
    clock.advance(1);
    progress.update("4 annonces");
    progress.update("5 annonces");
    progress.done();
    expect(writes).toEqual([
      "\r\x1b[2K[acme] 1 annonce",
      "\r\x1b[2K[acme] 4 annonces",
      "\r\x1b[2K[acme] 5 annonces\n",
    ]);
  });

  it("writes whole lines less often when the output is a log, and the final state once", () => {
    const { stream, writes } = fakeStream(false);
    const clock = fakeClock();
    const progress = progressLine(stream, "[acme]", clock.now);
    for (let i = 1; i <= 10; i++) {
      progress.update(`${i} annonces`);
      clock.advance(LOG_INTERVAL_MS / 4);
    }
    progress.done("10 annonces, terminé");
    expect(writes).toEqual([
      "[acme] 1 annonces\n",
      "[acme] 5 annonces\n",
      "[acme] 9 annonces\n",
      "[acme] 10 annonces, terminé\n",
    ]);
  });

  it("writes nothing at the end of a log when nothing was reported", () => {
    const { stream, writes } = fakeStream(false);
    progressLine(stream, "[acme]", fakeClock().now).done();
    expect(writes).toEqual([]);
  });
});

describe("formatIngestProgress", () => {
  it("gives the count, the bytes read out of the total and the rate", () => {
    expect(plain(formatIngestProgress(12_345, 3_400_000, 10_200_000, 0, 2000))).toBe(
      "12 345 annonces · 3,4 Mo / 10,2 Mo (33 %) · 6 173/s",
    );
  });

  it("leaves out the total when the size is unknown, and says « annonce » for one", () => {
    expect(plain(formatIngestProgress(1, 500_000, null, 0, 1000))).toBe("1 annonce · 0,5 Mo · 1/s");
    expect(plain(formatIngestProgress(0, 0, null, 0, 0))).toBe("0 annonce · 0 Mo · 0/s");
  });
});
