/** Precision, recall and F1 from counts, and the two ways of averaging them over articles. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Scores are rounded so that reports and baselines are byte-stable across platforms. */
export function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * 0/0 is read as "nothing to get wrong": precision is 1 when nothing was predicted and nothing was missed,
 * and 0 when gold items were missed without any prediction (so an empty prediction scores 0, not 1).
 */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Micro average: pool the counts of every article, so each gold item weighs the same. The headline. */
export function microAverage(perArticle: Counts[]): Prf {
  const sum = perArticle.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return prf(sum);
}

/**
 * Macro average: mean of the per-article scores, so each article weighs the same. Articles where the metric
 * has neither gold items nor predictions say nothing about it and are left out.
 */
export function macroAverage(perArticle: Counts[]): {
  precision: number;
  recall: number;
  f1: number;
  articles: number;
} {
  const scored = perArticle.filter((c) => c.tp + c.fp + c.fn > 0).map(prf);
  if (scored.length === 0) return { precision: 1, recall: 1, f1: 1, articles: 0 };
  const mean = (pick: (p: Prf) => number) => round(scored.reduce((s, p) => s + pick(p), 0) / scored.length);
  return {
    precision: mean((p) => p.precision),
    recall: mean((p) => p.recall),
    f1: mean((p) => p.f1),
    articles: scored.length,
  };
}

export interface Accuracy {
  correct: number;
  total: number;
  /** correct / total; null when nothing was matched, because then there was nothing to judge. */
  accuracy: number | null;
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? null : round(correct / total) };
}
