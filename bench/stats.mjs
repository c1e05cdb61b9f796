// Small statistics and timing helpers shared by the benchmark modules.
export const now = () => performance.now();

/** Percentile by nearest rank on a copy of the samples (p in 0..100). */
export function percentile(samples, p) {
  if (!samples.length) return null;
  const s = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}
export const median = (samples) => {
  if (!samples.length) return null;
  const s = [...samples].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round = (x, digits = 3) => (x == null || !Number.isFinite(x) ? x ?? null : Number(x.toFixed(digits)));
export function summary(samples) {
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(samples.length ? Math.max(...samples) : null),
  };
}
export const gc = () => (typeof globalThis.gc === 'function' ? globalThis.gc() : undefined);
/** Number of timed runs: enough to fill `budgetMs` at `perRunMs`, within [min, max]. */
export const runsFor = (perRunMs, budgetMs, min, max) => Math.max(min, Math.min(max, Math.ceil(budgetMs / Math.max(perRunMs, 0.001))));
export const mb = (bytes) => bytes / 1e6;
/** '10 KB', '1 MB' (decimal units; a size within 3 % of a round size is shown as that size). */
export function label(bytes) {
  const [x, unit] = bytes >= 950_000 ? [bytes / 1e6, 'MB'] : [bytes / 1e3, 'KB'];
  const round1 = Number(x.toPrecision(1));
  const shown = Math.abs(x - round1) / round1 < 0.03 ? round1 : Number(x.toPrecision(2));
  return `${shown} ${unit}`;
}
