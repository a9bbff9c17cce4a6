/**
 * Mentions and distinct articles per entity, for the streamed corpus step, which hands over one whole
 * article's mentions at a time. EntityCounts of @dossier/assemble accepts mentions in any order and so keeps
 * the set of articles of every entity until the end (millions of entries at 100,000 articles); here an
 * article is known to be complete when it is added, so a count per entity is enough.
 */
export class ArticleEntityCounts {
  private readonly mentions = new Map<string, number>();
  private readonly articles = new Map<string, number>();

  /** Every mention of one article, given once for that article. */
  addArticle(mentions: ReadonlyArray<Record<string, unknown>>): void {
    this.addArticleEntityIds(mentions.map((m) => m.entity_id as string));
  }

  /** The entity ID of every mention of one article, given once for that article. */
  addArticleEntityIds(entityIds: readonly string[]): void {
    this.count(entityIds, 1);
  }

  /** Takes back an article given to an earlier count (see addTotals). */
  removeArticleEntityIds(entityIds: readonly string[]): void {
    this.count(entityIds, -1);
  }

  /**
   * Counts of a whole earlier build (mentions and articles of `entityIds[i]` in `totals[i]`): a warm build starts
   * from them and removes the articles it does not keep, instead of adding up every article again.
   */
  addTotals(entityIds: readonly string[], totals: ReadonlyArray<readonly [number, number]>): void {
    entityIds.forEach((id, i) => {
      const [mentions, articles] = totals[i]!;
      this.mentions.set(id, (this.mentions.get(id) ?? 0) + mentions);
      this.articles.set(id, (this.articles.get(id) ?? 0) + articles);
    });
  }

  private count(entityIds: readonly string[], sign: 1 | -1): void {
    const seen = new Set<string>();
    for (const id of entityIds) {
      this.mentions.set(id, (this.mentions.get(id) ?? 0) + sign);
      if (seen.has(id)) continue;
      seen.add(id);
      this.articles.set(id, (this.articles.get(id) ?? 0) + sign);
    }
  }

  mentionCount(entityId: string): number {
    return this.mentions.get(entityId) ?? 0;
  }

  articleCount(entityId: string): number {
    return this.articles.get(entityId) ?? 0;
  }
}
