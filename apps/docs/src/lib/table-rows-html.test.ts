import { describe, expect, it } from 'vitest';
import { tableRowsHtml } from './table-rows-html.ts';
import { cellView } from './table-view.ts';

const hostile = '</td><script>alert("x")</script> & more';

describe('the rows of a Tables page', () => {
  const row = { mention_id: 'a1#m-x.1', article_id: 'a1', entity_id: 'person:mara-lind', text: hostile, start: 4 };
  const columns = ['entity_id', 'text', 'start', 'article_id'];
  const cells = columns.map((c) => ({
    column: c,
    view: cellView(c, row[c as keyof typeof row], row, ['mention_id'], () => `Mara "${hostile}"`),
  }));
  const html = tableRowsHtml([cells], new Set(['article_id']));

  it('escapes every value from the data, in text and in attributes', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert("x")&lt;/script&gt; &amp; more');
    expect(html).toContain('title="person:mara-lind"');
  });

  it('links entities by name, marks numbers and IDs, and gives filter columns their value', () => {
    expect(html).toMatch(
      /^<tr data-filter-row><td data-col="entity_id" class="cell-id"><a href="\/people\/mara-lind\/"/u,
    );
    expect(html).toContain('<td data-col="start" class="num cell-id">4</td>');
    expect(html).toContain(
      '<td data-col="article_id" data-value="a1" class="cell-id"><a href="/articles/a1/">a1</a></td>',
    );
  });

  it('shows a null as a muted word', () => {
    const nullCell = [{ column: 'text', view: cellView('text', null, row, ['mention_id']) }];
    expect(tableRowsHtml([nullCell], new Set())).toBe(
      '<tr data-filter-row><td data-col="text"><span class="muted">null</span></td></tr>',
    );
  });
});
