import { describe, expect, it } from 'vitest';
import { LONG_TEXT, cellView, readerColumnOrder } from './table-view.ts';

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

  it('shows an entity reference by its name, keeping the ID on hover and in the link', () => {
    const names = (id: string) => (id === 'person:jane-doe' ? 'Jane Doe' : id);
    expect(cellView('entity_id', row.entity_id, row, ['mention_id'], names)).toMatchObject({
      text: 'Jane Doe',
      title: 'person:jane-doe',
      href: '/people/jane-doe/',
      value: 'person:jane-doe',
    });
    // The entities table's own key stays an ID.
    expect(cellView('entity_id', row.entity_id, row, ['entity_id'], names).text).toBe('person:jane-doe');
  });
});

describe('readerColumnOrder', () => {
  it('puts who, what and the text before the IDs and offsets', () => {
    const roles = [
      'role_id',
      'article_id',
      'person_id',
      'title',
      'title_text',
      'organization_id',
      'country_id',
      'place_id',
      'former',
      'as_of',
      'text',
      'start',
      'end',
    ];
    expect(readerColumnOrder('roles', roles, ['role_id'])).toEqual([
      'person_id',
      'title',
      'organization_id',
      'country_id',
      'text',
      'place_id',
      'former',
      'as_of',
      'title_text',
      'role_id',
      'article_id',
      'start',
      'end',
    ]);
  });

  it('keeps every column, and orders an unknown table as its schema with IDs last', () => {
    expect(readerColumnOrder('other', ['x_id', 'a', 'start', 'b'], ['x_id'])).toEqual(['a', 'b', 'x_id', 'start']);
  });
});
