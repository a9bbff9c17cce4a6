import { describe, expect, it } from 'vitest';
import { LONG_TEXT, cellView } from './table-view.ts';

describe('cellView', () => {
  const row = { mention_id: 'a1#m3-11', article_id: 'a1', entity_id: 'person:jane-doe', text: 'Jane Doe' };

  it('links IDs to the entity page, the article, and the span', () => {
    expect(cellView('entity_id', row.entity_id, row, ['mention_id']).href).toBe('/people/jane-doe/');
    expect(cellView('article_id', 'a1', row, ['mention_id']).href).toBe('/articles/a1/');
    expect(cellView('mention_id', row.mention_id, row, ['mention_id']).href).toBe('/articles/a1/#m3-11');
    expect(cellView('text', 'Jane Doe', row, ['mention_id']).href).toBeUndefined();
  });

  it('shows nulls as null and cuts long text only for display', () => {
    expect(cellView('aliases', null, row, [])).toMatchObject({ isNull: true, value: '' });
    const long = 'x'.repeat(LONG_TEXT + 10);
    const view = cellView('body', long, row, []);
    expect(view.text).toBe(`${'x'.repeat(LONG_TEXT)}…`);
    expect(view.value).toBe(long);
  });
});
