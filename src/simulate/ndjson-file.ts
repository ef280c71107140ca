/**
 * An NDJSON file written synchronously through a 1 MB buffer: the truth files are written from
 * inside the (synchronous) generators that feed the writers, so they cannot await; a synchronous
 * write of a full buffer costs about a millisecond and keeps memory flat.
 */
import { closeSync, openSync, writeSync } from "node:fs";

const BUFFER_BYTES = 1 << 20;

export class NdjsonFile {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  lines = 0;
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, "w");
  }

  write(value: unknown): void {
    const text = `${JSON.stringify(value)}\n`;
    if (this.used + text.length * 3 > BUFFER_BYTES) this.flush();
    if (text.length * 3 > BUFFER_BYTES) {
      const bytes = Buffer.from(text, "utf8");
      writeSync(this.fd, bytes);
      this.bytes += bytes.length;
    } else {
      const written = this.buffer.write(text, this.used, "utf8");
      this.used += written;
      this.bytes += written;
    }
    this.lines++;
  }

  private flush(): void {
    let offset = 0;
    while (offset < this.used) offset += writeSync(this.fd, this.buffer, offset, this.used - offset);
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
