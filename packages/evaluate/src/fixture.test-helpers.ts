/**
 * An invented news article, its gold annotation, and a builder that turns gold into the tables a perfect
 * system would publish. Used by the scorer tests only (tsconfig excludes *.test-helpers.ts from the build).
 */
import { entityId } from '@dossier/core';
import type { Row, TableSet } from '@dossier/validate';
import { findNth, allOccurrences } from './locate.js';
import type { Gold, GoldEntity } from './gold.js';

export const BODY = [
  '(Wire) — Harbor Authority spokeswoman Lena Okafor said on Tuesday that more than 40 ships were waiting.',
  '“The queue will clear within two weeks,” Okafor said. Port director Tomas Reyl, of the Harbor Authority, called the delays “regrettable.”',
  'Officials in Norland expect three new cranes in Velmouth by March, an official said: “We are doing what we can.”',
].join('\n\n');

export const GOLD: Gold = {
  article: 'a1',
  published: '2025-03-06',
  outlet: 'Wire',
  authors: [],
  anchor_text: 'Officials in Norland expect three new cranes',
  persons: [
    { name: 'Lena Okafor', aliases: ['Okafor'] },
    { name: 'Tomas Reyl', aliases: [] },
  ],
  organizations: [{ name: 'Harbor Authority' }, { name: 'Wire' }],
  countries: [{ name: 'Norland' }],
  places: [{ name: 'Velmouth' }],
  roles: [
    { person: 'Lena Okafor', title: 'Spokesperson', affiliation: 'Harbor Authority' },
    { person: 'Tomas Reyl', title: 'Director', affiliation: 'Harbor Authority' },
  ],
  timexes: [
    { text: 'Tuesday', nth: 1, type: 'DATE', value: '2025-03-04' },
    { text: 'two weeks', nth: 1, type: 'DURATION', value: 'P2W' },
    { text: 'March', nth: 1, type: 'DATE', value: '2025-03' },
  ],
  quotes: [
    { text: 'The queue will clear within two weeks,', speaker: 'Lena Okafor', fragment: false },
    { text: 'regrettable.', speaker: 'Tomas Reyl', fragment: true },
    { text: 'We are doing what we can.', speaker: 'official', fragment: false },
  ],
  quantities: [
    { text: 'more than 40 ships', value: 40, modifier: 'more than', unit: 'ships' },
    { text: 'three new cranes', value: 3, modifier: null, unit: 'new cranes' },
  ],
};

const TYPE_OF: Record<string, string> = {
  persons: 'person',
  organizations: 'organization',
  countries: 'country',
  places: 'place',
};

/** The tables a perfect extractor would publish for BODY. Offsets are code points (BODY has no astral characters). */
export function perfectTables(gold: Gold = GOLD, body: string = BODY): TableSet {
  const articleId = gold.article;
  const entities: Row[] = [];
  const mentions: Row[] = [];
  const idOf = new Map<string, string>();
  for (const [key, type] of Object.entries(TYPE_OF)) {
    for (const e of gold[key as keyof Gold] as GoldEntity[]) {
      const id = entityId(type as 'person', e.name);
      for (const form of [e.name, ...(e.aliases ?? [])]) idOf.set(form, id);
      entities.push({ entity_id: id, type, name: e.name, aliases: e.aliases?.length ? e.aliases.join('; ') : null });
      const at = allOccurrences(body, e.name)[0];
      if (at) mentions.push({ article_id: articleId, entity_id: id, text: e.name, start: at.start, end: at.end });
    }
  }
  const span = (text: string, nth = 1) => {
    const s = findNth(body, text, nth);
    if (!s) throw new Error(`fixture: ${text} is not in the body`);
    return { text, start: s.start, end: s.end };
  };
  const affiliation = (name: string | null) => {
    const id = name ? idOf.get(name)! : null;
    return {
      organization_id: id?.startsWith('organization:') ? id : null,
      country_id: id?.startsWith('country:') ? id : null,
      place_id: id?.startsWith('place:') ? id : null,
    };
  };
  return {
    articles: [{ article_id: articleId, body, published: gold.published }],
    entities,
    mentions,
    roles: gold.roles.map((r) => ({
      article_id: articleId,
      person_id: idOf.get(r.person)!,
      title: r.title,
      ...affiliation(r.affiliation),
      affiliation_rule: r.affiliation ? 'stated' : null,
      former: false,
      ...span(r.person),
    })),
    temporal_expressions: gold.timexes.map((t) => ({
      article_id: articleId,
      type: t.type,
      value: t.value,
      ...span(t.text, t.nth),
    })),
    quotes: gold.quotes.map((q) => {
      const id = q.speaker ? (idOf.get(q.speaker) ?? null) : null;
      return {
        article_id: articleId,
        speaker_id: id,
        speaker_text: q.speaker === null ? null : id ? q.speaker : `an ${q.speaker}`,
        ...span(q.text),
      };
    }),
    quantities: gold.quantities.map((q) => ({
      article_id: articleId,
      value: q.value,
      modifier: q.modifier,
      unit: q.unit,
      ...span(q.text),
    })),
  };
}

export function emptyTables(gold: Gold = GOLD, body: string = BODY): TableSet {
  return {
    articles: [{ article_id: gold.article, body, published: gold.published }],
    entities: [],
    mentions: [],
    roles: [],
    temporal_expressions: [],
    quotes: [],
    quantities: [],
  };
}
