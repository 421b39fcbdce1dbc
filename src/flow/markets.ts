// Where TikTok Shop runs, as the flows say it: the markets a step asking the `market` fact offers as buttons.
// Read by `flows check` (told lists must match it) and by understanding (a market outside it is "not available").
import type { Flow } from './load.ts';
import { OTHER_VALUE } from './schema.ts';

/** The fact a step asks when it offers the markets. */
export const MARKET_FACT = 'market';

/** Every market the flows' market steps offer, "somewhere else" left out. */
export function marketsOffered(flows: readonly Flow[]): Set<string> {
  const offered = new Set<string>();
  for (const flow of flows) {
    for (const step of Object.values(flow.steps)) {
      if (step.asks !== MARKET_FACT) continue;
      for (const c of step.choices ?? []) {
        const m = c.set?.[MARKET_FACT];
        if (m !== undefined && String(m) !== OTHER_VALUE) offered.add(String(m));
      }
    }
  }
  return offered;
}
