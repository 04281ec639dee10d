// Calibration tables: predicted probabilities in ten bins against the share that was right,
// and the precision above a threshold, for the model card and `eval polnear`.

/** One prediction: its confidence and whether it was right. */
export interface Scored { confidence: number; correct: boolean }

/** Renders ten bins of confidence → count and share correct, plus precision at ≥ 0.9. */
export function calibrationTable(items: Scored[]): string {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, ok: 0 }));
  for (const it of items) {
    const b = bins[Math.min(9, Math.floor(it.confidence * 10))];
    b.n++;
    if (it.correct) b.ok++;
  }
  const lines = ['confidence   count  correct', '----------  ------  -------'];
  bins.forEach((b, i) => {
    if (b.n === 0) return;
    lines.push(`${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}   ${String(b.n).padStart(6)}  ${(b.ok / b.n).toFixed(3).padStart(7)}`);
  });
  const high = items.filter((it) => it.confidence >= 0.9);
  const p = high.length ? high.filter((it) => it.correct).length / high.length : 0;
  lines.push(`precision at confidence >= 0.9: ${p.toFixed(3)} (${high.length} attributions)`);
  return `${lines.join('\n')}\n`;
}
