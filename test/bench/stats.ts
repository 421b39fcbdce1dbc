// Small helpers the benchmark scripts share: percentiles and aligned printing of figures.
// Benchmarks print; they never assert. Compare figures from the same run on the same machine.

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summary(samples: number[]): { p50: number; p99: number; max: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN, n: sorted.length };
}

export function row(label: string, value: string, target = ''): void {
  console.log(`  ${label.padEnd(44)} ${value.padStart(14)}   ${target}`);
}

export const ms = (v: number) => `${v.toFixed(3)} ms`;
