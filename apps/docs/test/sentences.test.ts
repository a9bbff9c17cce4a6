/**
 * The sentence shown beside each mention on the site is recomputed by the site (src/lib/layout.ts); this
 * checks, on the built dataset, that it is the sentence the row's own `sentence` column names.
 */
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '@dossier/core';
import { layoutOf } from '../src/lib/layout.ts';
import { readRows } from './data.ts';

interface Article {
  article_id: string;
  body: string;
  sentence_count: number;
  paragraph_count: number;
}

describe('sentences on the site', () => {
  const articles = readRows<Article>('articles');
  const mentions = readRows<{
    mention_id: string;
    article_id: string;
    start: number;
    sentence: number;
    paragraph: number;
  }>('mentions');

  it('has the same number of sentences and paragraphs as each article row', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(layoutOf(article).sentencesMatchDataset, article.article_id).toBe(true);
  });

  it('puts every mention in the sentence and paragraph its row names', () => {
    expect(mentions.length, 'mentions.json is empty: entity extraction has not landed').toBeGreaterThan(0);
    const byId = new Map(articles.map((a) => [a.article_id, a]));
    const converters = new Map(articles.map((a) => [a.article_id, new CodePointIndex(a.body)]));
    const wrong: string[] = [];
    for (const m of mentions) {
      const article = byId.get(m.article_id)!;
      const at = converters.get(m.article_id)!.toUtf16(m.start);
      const layout = layoutOf(article);
      const sentence = layout.sentences.findIndex((s) => s.start <= at && at < s.end);
      const paragraph = layout.paragraphs.findIndex((p) => p.start <= at && at < p.end);
      if (sentence !== m.sentence || paragraph !== m.paragraph)
        wrong.push(
          `${m.mention_id}: sentence ${sentence} (row ${m.sentence}), paragraph ${paragraph} (row ${m.paragraph})`,
        );
    }
    expect(wrong).toEqual([]);
  });
});
