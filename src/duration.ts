// Durations as people write them in settings and flow files ("90s", "30m", "4h", "1d"), in milliseconds.
// One parser, so SUPPORT_REMINDER and a flow's `remind.after` read the same way.

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export const DURATION = /^\d+(s|m|h|d)$/;

export function durationMs(text: string): number {
  if (!DURATION.test(text)) throw new Error(`"${text}" is not a duration like 30m, 4h or 1d`);
  return Number(text.slice(0, -1)) * UNIT_MS[text.slice(-1) as keyof typeof UNIT_MS];
}
