// Plain-text tables for evaluation results, and the ratios they print: precision, recall,
// F1 and accuracies formatted the same way in every eval mode.

/** Renders rows under a header as aligned columns (first column left, others right). */
export function renderTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]): string => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** A ratio to three decimals, or "-" when the denominator is zero. */
export function ratio(n: number, d: number): string {
  return d === 0 ? '-' : (n / d).toFixed(3);
}

/** Precision, recall and F1 from true positives, predictions and gold items. */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted === 0 ? 0 : tp / predicted;
  const r = gold === 0 ? 0 : tp / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** The three figures of prf as table cells. */
export function prfCells(tp: number, predicted: number, gold: number): string[] {
  const { p, r, f1 } = prf(tp, predicted, gold);
  return [p.toFixed(3), r.toFixed(3), f1.toFixed(3)];
}
