/**
 * Named market sizes. "national" is the default: the scale the platform must hold (≈ 470k jobs,
 * ≈ 70 partners). "small" feeds the demo and the tests: a couple of thousand jobs over a week.
 */

export interface Preset {
  jobs: number;
  partners: number;
  days: number;
}

export const PRESETS: Readonly<Record<string, Preset>> = {
  national: { jobs: 470_000, partners: 70, days: 0 },
  small: { jobs: 2_000, partners: 20, days: 7 },
  tiny: { jobs: 300, partners: 18, days: 2 },
};

export const DEFAULT_PRESET = "national";
export const DEFAULT_SEED = "emploi";
export const DEFAULT_OUT = "var/simulation";
/** Share of jobs carrying an injected compliance violation. */
export const DEFAULT_VIOLATION_RATE = 0.035;
/** Markets of this many jobs or more are written on two threads unless --threads says otherwise. */
export const TWO_THREADS_FROM = 100_000;
