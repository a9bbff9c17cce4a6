/** The corpus-level half of assembly: global IDs in every entity column, duplicates after resolution, unique span IDs. */
import { describe, expect, it } from 'vitest';
import type { LocalEntity } from '@dossier/core';
import type { ArticleRows } from './article-rows.js';
import {
  assembleEntityFreeTables,
  assembleEntityTables,
  assembleTables,
  entityFreeTableNames,
  inSchemaOrder,
  resolveMentions,
} from './assemble.js';

const person = (key: string, name: string): LocalEntity => ({
  key,
  type: 'person',
  name,
  aliases: [],
  countryCode: null,
});

function article(
  articleId: string,
  entities: LocalEntity[],
  mentions: Array<[string, number, number]>,
  participants: string[] = [],
): ArticleRows {
  const body = 'x'.repeat(100);
  return {
    articleId,
    entities,
    rows: {
      articles: [
        {
          article_id: articleId,
          source_file: `${articleId}.txt`,
          outlet: 'Ledger',
          published: '2024-01-02',
          authors: null,
          dateline: null,
          headline: null,
          word_count: 1,
          paragraph_count: 1,
          sentence_count: 1,
          sha256: 'a'.repeat(64),
          body,
        },
      ],
      mentions: mentions.map(([key, start, end]) => ({
        mention_id: `${articleId}#m${start}-${end}`,
        article_id: articleId,
        entity_id: key,
        text: body.slice(start, end),
        start,
        end,
        kind: 'name',
        paragraph: 0,
        sentence: 0,
      })),
      roles: [],
      temporal_expressions: [],
      quotes: [],
      quantities: [],
      events: [],
      event_participants: participants.map((key) => ({
        event_id: `${articleId}#e0-1`,
        entity_id: key,
        role: 'participant',
        article_id: articleId,
        text: 'x',
        start: 0,
        end: 1,
      })),
    },
  };
}

describe('assembleTables', () => {
  it('replaces local keys with global IDs and counts mentions and articles per entity', () => {
    const tables = assembleTables([
      article('a1', [person('k1', 'Ana Ruiz')], [['k1', 0, 3]]),
      article(
        'a2',
        [person('other', 'Ana Ruiz')],
        [
          ['other', 5, 8],
          ['other', 10, 13],
        ],
      ),
    ]);
    expect(tables.mentions.map((m) => m.entity_id)).toEqual(['person:ana-ruiz', 'person:ana-ruiz', 'person:ana-ruiz']);
    expect(tables.entities).toEqual([
      expect.objectContaining({ entity_id: 'person:ana-ruiz', article_count: 2, mention_count: 3 }),
    ]);
  });

  it('numbers rows that share a span ID: the second gets ~1, the third ~2', () => {
    const tables = assembleTables([
      article(
        'a1',
        [person('k1', 'Ana Ruiz'), person('k2', 'Ben Ode')],
        [
          ['k2', 4, 6],
          ['k1', 0, 3],
          ['k2', 0, 3],
          ['k1', 0, 3],
        ],
      ),
    ]);
    expect(tables.mentions.map((m) => m.mention_id)).toEqual(['a1#m0-3', 'a1#m0-3~1', 'a1#m0-3~2', 'a1#m4-6']);
  });

  it('keeps one participant row when two local entities of an article resolve to the same entity', () => {
    // "Ruiz" alone joins the only fuller person with that surname, so both keys become person:ana-ruiz.
    const tables = assembleTables([
      article(
        'a1',
        [person('full', 'Ana Ruiz'), person('short', 'Ruiz')],
        [
          ['full', 0, 3],
          ['short', 5, 8],
        ],
        ['full', 'short'],
      ),
    ]);
    expect(tables.event_participants).toEqual([
      expect.objectContaining({ entity_id: 'person:ana-ruiz', role: 'participant' }),
    ]);
  });

  it('builds the tables in steps (entity-free, mentions, the rest) the same as in one call, without editing its input', () => {
    expect(entityFreeTableNames()).toEqual(['articles', 'temporal_expressions', 'quantities']);
    const input = [
      article(
        'a2',
        [person('k1', 'Ana Ruiz')],
        [
          ['k1', 0, 3],
          ['k1', 0, 3],
        ],
      ),
      article('a1', [person('k1', 'Ana Ruiz')], [['k1', 5, 9]], ['k1']),
    ];
    const before = structuredClone(input);
    const whole = assembleTables(input);
    const entityFree = assembleEntityFreeTables(input);
    expect(Object.keys(entityFree)).toEqual(['articles', 'temporal_expressions', 'quantities']);
    expect(entityFree.articles!.map((a) => a.article_id)).toEqual(['a1', 'a2']);
    const resolved = resolveMentions(input);
    const steps = inSchemaOrder({
      ...entityFree,
      mentions: resolved.mentions,
      ...assembleEntityTables(input, resolved),
    });
    expect(steps).toEqual(whole);
    expect(Object.keys(steps)).toEqual(Object.keys(whole));
    // Global IDs and "~1" suffixes live in copies: the articles still hold their local keys and span IDs.
    expect(whole.mentions.map((m) => m.mention_id)).toEqual(['a1#m5-9', 'a2#m0-3', 'a2#m0-3~1']);
    expect(input).toEqual(before);
    expect(assembleTables(input)).toEqual(whole);
  });
});
