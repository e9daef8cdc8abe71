import { objectsPerStratum } from './inspection-draw.ts';
import type { FrozenDrawInput } from './schema.ts';

export interface StratumSummary {
  stratum: string;
  size: number;
  rate: number;
  count: number;
}

/** Each stratum with cases: its size, rate and how many objects the rate draws (rounded up). */
export function strataOf(input: Pick<FrozenDrawInput, 'pool' | 'rates'>): StratumSummary[] {
  const sizes = new Map<string, number>();
  for (const { stratum } of input.pool) sizes.set(stratum, (sizes.get(stratum) ?? 0) + 1);
  const counts = objectsPerStratum(input.pool, input.rates);
  return [...sizes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([stratum, size]) => ({
      stratum,
      size,
      rate: input.rates[stratum] ?? 0,
      count: counts[stratum] ?? 0,
    }));
}
