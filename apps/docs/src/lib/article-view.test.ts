import { describe, expect, it } from 'vitest';
import { articleTree, type ArticleAnnotation } from './article-view.ts';
import { hostileFixture } from './fixture.ts';
import { textOf, type TreeNode } from './nest.ts';

function firstPieces(
  nodes: readonly TreeNode<ArticleAnnotation>[],
  out = new Map<string, string>(),
): Map<string, string> {
  for (const n of nodes) {
    if (n.type !== 'span') continue;
    if (n.first && n.ann.anchor) out.set(n.ann.anchor, textOf(n.children));
    firstPieces(n.children, out);
  }
  return out;
}

describe('articleTree on the hostile-markup fixture', () => {
  const fixture = hostileFixture();
  const tree = articleTree(fixture.article, fixture, { entityName: (id) => id ?? '', role: (r) => r.title });

  it('keeps the body as text, character for character', () => {
    expect(textOf(tree)).toBe(fixture.article.body);
  });

  it('puts each mention, quote and date in one element whose text is the row’s text (code-point offsets after an emoji)', () => {
    const pieces = firstPieces(tree);
    for (const row of [
      ...fixture.mentions.map((m) => ({ id: m.mention_id, text: m.text })),
      ...fixture.quotes.map((q) => ({ id: q.quote_id, text: q.text })),
      ...fixture.timexes.map((t) => ({ id: t.timex_id, text: t.text })),
    ]) {
      expect(pieces.get(row.id.slice(row.id.indexOf('#') + 1))).toBe(row.text);
    }
  });
});
