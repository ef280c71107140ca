/**
 * Nearest-point search over a fixed grid of 0.1° cells: the points of the cells around the query,
 * ring by ring, until no closer point can exist. About 35,000 communes fit in ~20,000 cells, so a
 * query reads a handful of cells.
 */

const CELL = 0.1;
const LON_CELLS = Math.round(360 / CELL);
const KM_PER_DEGREE = 111.2;
const MAX_RING = 12;

/** Distance in kilometres (equirectangular approximation, accurate at the scale of a country). */
export const distanceKm = (lat1: number, lon1: number, lat2: number, lon2: number): number => {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) * Math.PI) / 360);
  const y = lat2 - lat1;
  return Math.sqrt(x * x + y * y) * KM_PER_DEGREE;
};

export interface Located {
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface PointGrid<T extends Located> {
  /** The nearest point within about a hundred kilometres, or undefined. */
  nearest(lat: number, lon: number): T | undefined;
}

interface Entry<T> {
  point: T;
  lat: number;
  lon: number;
}

const cellOf = (lat: number, lon: number): [number, number] => [
  Math.floor((lat + 90) / CELL),
  Math.floor((lon + 180) / CELL),
];

/** Index the points that have coordinates. */
export const buildGrid = <T extends Located>(points: readonly T[]): PointGrid<T> => {
  const cells = new Map<number, Entry<T>[]>();
  for (const point of points) {
    if (point.lat === null || point.lon === null) continue;
    const [row, col] = cellOf(point.lat, point.lon);
    const key = row * LON_CELLS + col;
    const entry = { point, lat: point.lat, lon: point.lon };
    const cell = cells.get(key);
    if (cell) cell.push(entry);
    else cells.set(key, [entry]);
  }

  return {
    nearest(lat: number, lon: number): T | undefined {
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        return undefined;
      }
      const [row, col] = cellOf(lat, lon);
      // Smallest side of a cell at this latitude: what one more ring is guaranteed to cover.
      const cellKm =
        CELL * KM_PER_DEGREE * Math.max(Math.cos((Math.min(Math.abs(lat) + CELL, 90) * Math.PI) / 180), 0.05);
      let best: T | undefined;
      let bestKm = Number.POSITIVE_INFINITY;
      for (let ring = 0; ring <= MAX_RING; ring++) {
        for (let r = row - ring; r <= row + ring; r++) {
          for (let c = col - ring; c <= col + ring; c++) {
            // Only the border of the square: the inside was read by the previous rings.
            if (ring > 0 && r !== row - ring && r !== row + ring && c !== col - ring && c !== col + ring)
              continue;
            const cell = cells.get(r * LON_CELLS + ((c + LON_CELLS) % LON_CELLS));
            if (!cell) continue;
            for (const entry of cell) {
              const km = distanceKm(lat, lon, entry.lat, entry.lon);
              if (km < bestKm) {
                bestKm = km;
                best = entry.point;
              }
            }
          }
        }
        if (best !== undefined && bestKm <= ring * cellKm) return best;
      }
      return best;
    },
  };
};
