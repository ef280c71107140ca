/**
 * A text file written in order with backpressure: text is encoded straight into 256 kB buffers,
 * each full buffer is handed to the file stream, and `write` waits for "drain" when the stream's
 * own buffer is full. Memory stays bounded whatever the size of the file.
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

const BUFFER_BYTES = 256 * 1024;

export class FileSink {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private failure: Error | null = null;
  /** Bytes written so far. */
  bytes = 0;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {
    stream.on("error", (error) => {
      this.failure = error;
    });
  }

  /** Opens (creates or truncates) a file for writing. */
  static open(path: string): FileSink {
    return new FileSink(path, createWriteStream(path, { highWaterMark: 1024 * 1024 }));
  }

  /** Appends text; resolves at once unless the file stream asks to wait. */
  write(text: string): Promise<void> | undefined {
    // Three bytes per UTF-16 unit at most: a text that may not fit goes after the buffer.
    if (this.used + text.length * 3 <= BUFFER_BYTES) {
      this.append(text);
      return undefined;
    }
    const flushed = this.flush();
    if (text.length * 3 <= BUFFER_BYTES) {
      this.append(text);
      return flushed;
    }
    const bytes = Buffer.from(text, "utf8");
    this.bytes += bytes.length;
    return this.send(bytes) ?? flushed;
  }

  private append(text: string): void {
    const written = this.buffer.write(text, this.used, "utf8");
    this.used += written;
    this.bytes += written;
  }

  /** Hands the buffered bytes to the stream (at once, in order); the promise waits for "drain" when needed. */
  flush(): Promise<void> | undefined {
    if (this.used === 0) return this.failure ? Promise.reject(this.failure) : undefined;
    const full = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
    return this.send(full);
  }

  private send(bytes: Buffer): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    return this.stream.write(bytes) ? undefined : once(this.stream, "drain").then(() => undefined);
  }

  /** Writes what is left and closes the file. */
  async close(): Promise<void> {
    await this.flush();
    const finished = once(this.stream, "close");
    this.stream.end();
    await finished;
    if (this.failure) throw this.failure;
  }

  /** Closes the file after a failure, ignoring further errors. */
  abort(): void {
    this.stream.destroy();
  }
}
