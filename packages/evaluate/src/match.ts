/**
 * One-to-one matching between gold items and predicted rows. Greedy by score (highest first, ties broken by
 * gold then prediction order), which is deterministic and, for the span-overlap scores used here, gives the
 * same pairs as an optimal assignment in every case a news article produces (spans rarely overlap twice).
 */

export interface Matching<G, P> {
  pairs: Array<{ gold: G; pred: P }>;
  missed: G[];
  spurious: P[];
}

/** score(g, p) > 0 means "may be the same item"; the larger, the better the fit. */
export function matchOneToOne<G, P>(
  gold: readonly G[],
  pred: readonly P[],
  score: (g: G, p: P) => number,
): Matching<G, P> {
  const candidates: Array<{ g: number; p: number; s: number }> = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const s = score(g, p);
      if (s > 0) candidates.push({ g: gi, p: pi, s });
    });
  });
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const pairs: Array<{ gold: G; pred: P; g: number }> = [];
  for (const c of candidates) {
    if (goldUsed.has(c.g) || predUsed.has(c.p)) continue;
    goldUsed.add(c.g);
    predUsed.add(c.p);
    pairs.push({ gold: gold[c.g]!, pred: pred[c.p]!, g: c.g });
  }
  pairs.sort((a, b) => a.g - b.g);
  return {
    pairs: pairs.map(({ gold, pred }) => ({ gold, pred })),
    missed: gold.filter((_, i) => !goldUsed.has(i)),
    spurious: pred.filter((_, i) => !predUsed.has(i)),
  };
}
