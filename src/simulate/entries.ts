/**
 * Compact per-partner lists of what a partner publishes: job index, the days the reference is
 * online, and flags (repost number, primary copy, truth written). About 10 bytes an entry, so a
 * national market (≈ 800k entries) fits in a few megabytes; postings themselves are rebuilt from
 * the job index when a snapshot is written.
 */

export const FLAG_REPOST = 1;
export const FLAG_PRIMARY = 2;
export const FLAG_TRUTH = 4;

export class EntryList {
  job: Int32Array<ArrayBufferLike> = new Int32Array(1024);
  from: Int16Array<ArrayBufferLike> = new Int16Array(1024);
  to: Int16Array<ArrayBufferLike> = new Int16Array(1024);
  flags: Uint8Array<ArrayBufferLike> = new Uint8Array(1024);
  length = 0;

  push(job: number, from: number, to: number, flags: number): void {
    if (this.length === this.job.length) this.grow();
    const i = this.length++;
    this.job[i] = job;
    this.from[i] = from;
    this.to[i] = to;
    this.flags[i] = flags;
  }

  /** Whether entry i is online on `day`. */
  online(i: number, day: number): boolean {
    return (this.from[i] ?? 0) <= day && day < (this.to[i] ?? 0);
  }

  /** The list's arrays trimmed to its length (to hand to another thread). */
  arrays(): { job: Int32Array; from: Int16Array; to: Int16Array; flags: Uint8Array } {
    const n = this.length;
    return {
      job: this.job.slice(0, n),
      from: this.from.slice(0, n),
      to: this.to.slice(0, n),
      flags: this.flags.slice(0, n),
    };
  }

  /** A list over arrays received from another thread. */
  static of(arrays: { job: Int32Array; from: Int16Array; to: Int16Array; flags: Uint8Array }): EntryList {
    const list = new EntryList();
    list.job = arrays.job;
    list.from = arrays.from;
    list.to = arrays.to;
    list.flags = arrays.flags;
    list.length = arrays.job.length;
    return list;
  }

  private grow(): void {
    const size = this.job.length * 2;
    const job = new Int32Array(size);
    job.set(this.job);
    const from = new Int16Array(size);
    from.set(this.from);
    const to = new Int16Array(size);
    to.set(this.to);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.job = job;
    this.from = from;
    this.to = to;
    this.flags = flags;
  }
}

/** Lives of every job, by index (days relative to day 0). */
export class LifeTable {
  readonly created: Int16Array;
  readonly closed: Int16Array;
  /** Update day, or NO_DAY. */
  readonly updated: Int16Array;
  readonly validity: Uint8Array;
  /** 1 when filled, 0 when expired. */
  readonly filled: Uint8Array;

  static readonly NO_DAY = -32768;

  constructor(
    size: number,
    arrays?: {
      created: Int16Array;
      closed: Int16Array;
      updated: Int16Array;
      validity: Uint8Array;
      filled: Uint8Array;
    },
  ) {
    this.created = arrays?.created ?? new Int16Array(size);
    this.closed = arrays?.closed ?? new Int16Array(size);
    this.updated = arrays?.updated ?? new Int16Array(size);
    this.validity = arrays?.validity ?? new Uint8Array(size);
    this.filled = arrays?.filled ?? new Uint8Array(size);
  }
}
