/**
 * An entity's shard: what its page shows, as data. A long-tail entity's shard is published for the
 * client-side entity viewer (src/scripts/entity-viewer.ts), which turns it into DOM nodes; an entity with a
 * static page is rendered from the same shard at build time (src/lib/entity-page-html.ts, src/lib/entity-pages.ts).
 */
import { articleLabel } from './article-title.ts';
import type { EntitiesRow } from './dataset.ts';
import type { Evidence } from './evidence.ts';
import { articleUrl, tableUrl } from './urls.ts';

export interface ShardEvidence {
  before: string;
  match: string;
  after: string;
  href: string;
  linkText: string;
  /** True when the paragraph is shown because sentence boundaries could not be recomputed. */
  paragraph: boolean;
}

export interface EntityShard {
  id: string;
  name: string;
  type: string;
  description: string;
  aliases: string[];
  countryCode: string | null;
  inTheData: string;
  entitiesTable: string;
  /** Whole counts; the lists hold at most the first SHOWN (src/lib/entity-page.ts) of each kind. */
  totals: { mentions: number; quotes: number; events: number };
  roles: Array<{ label: string; note: string; statements: ShardEvidence[] }>;
  mentions: Array<{
    heading: string;
    articleId: string;
    articleHref: string;
    items: Array<{ id: string; evidence: ShardEvidence }>;
  }>;
  quotes: Array<{ evidence: ShardEvidence; note: string }>;
  events: Array<{
    summary: string;
    others: Array<{ href: string; name: string; role: string }>;
    evidence: ShardEvidence;
  }>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The most rows of each kind a page shows with their evidence: the page of a country in 100,000 articles
 * would otherwise weigh hundreds of megabytes (issue 23). The counts stay whole, and the tables have every row.
 */
export const SHOWN = { mentions: 300, statements: 20, quotes: 200, events: 200 };

export function shardEvidence(evidence: Evidence, linkText?: string): ShardEvidence {
  return {
    before: evidence.before,
    match: evidence.match,
    after: evidence.after,
    href: evidence.href,
    linkText: linkText ?? `${articleLabel(evidence.article)}: see it in the article`,
    paragraph: evidence.unit === 'paragraph',
  };
}

/**
 * One row's contribution to an entity's page, made while its article is at hand (src/lib/entity-records.ts):
 * a mention, a role statement, a quote, or the entity's part in an event.
 */
export type EntityRecord =
  | { k: 'mention'; e: string; articleId: string; articleLabel: string; id: string; evidence: ShardEvidence }
  | { k: 'role'; e: string; label: string; asOf: string; evidence: ShardEvidence }
  | { k: 'quote'; e: string; note: string; evidence: ShardEvidence }
  | {
      k: 'event';
      e: string;
      eventId: string;
      dateStart: string | null;
      summary: string;
      others: EntityShard['events'][number]['others'];
      evidence: ShardEvidence;
    };

type Of<K extends EntityRecord['k']> = Extract<EntityRecord, { k: K }>;

/** Totals counted over every row (the records of mentions and quotes stop at SHOWN). */
export interface EntityTotals {
  mentions: number;
  quotes: number;
}

function roleSummaries(records: Of<'role'>[]): EntityShard['roles'] {
  // Sorted by date as stated; equal dates keep the table's order (Array.prototype.sort is stable).
  const sorted = [...records].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  const roles = new Map<string, { first: string; last: string; count: number; statements: ShardEvidence[] }>();
  for (const r of sorted) {
    let role = roles.get(r.label);
    if (!role) roles.set(r.label, (role = { first: r.asOf, last: r.asOf, count: 0, statements: [] }));
    role.last = r.asOf;
    role.count++;
    if (role.statements.length < SHOWN.statements) role.statements.push(r.evidence);
  }
  return [...roles].map(([label, r]) => ({
    label,
    note: `Stated in ${plural(r.count, 'place')}${r.statements.length < r.count ? ` (the first ${r.statements.length} shown)` : ''}, as of ${r.first === r.last ? r.first : `${r.first} to ${r.last}`} (the publication dates of the articles that state it).`,
    statements: r.statements,
  }));
}

function mentionGroups(records: Of<'mention'>[]): EntityShard['mentions'] {
  const groups: Array<{ record: Of<'mention'>; items: EntityShard['mentions'][number]['items'] }> = [];
  for (const r of records) {
    const last = groups.at(-1);
    if (last && last.record.articleId === r.articleId) last.items.push({ id: r.id, evidence: r.evidence });
    else groups.push({ record: r, items: [{ id: r.id, evidence: r.evidence }] });
  }
  return groups.map(({ record, items }) => ({
    heading: `${record.articleLabel} (${items.length})`,
    articleId: record.articleId,
    articleHref: articleUrl(record.articleId),
    items,
  }));
}

/** An entity's shard from its records, in the order the tables list its rows. */
export function entityShard(entity: EntitiesRow, records: readonly EntityRecord[], totals: EntityTotals): EntityShard {
  const of = <K extends EntityRecord['k']>(k: K) => records.filter((r): r is Of<K> => r.k === k);
  const roles = roleSummaries(of('role'));
  const events = of('event').sort(
    (a, b) => (a.dateStart ?? '9999').localeCompare(b.dateStart ?? '9999') || (a.eventId < b.eventId ? -1 : 1),
  );
  const summary = roles.length ? roles.map((r) => r.label).join('; ') : undefined;
  return {
    id: entity.entity_id,
    name: entity.name,
    type: entity.type,
    description: `${entity.name} (${entity.type}) in the Dossier dataset${summary ? `: ${summary}` : ''}, with the evidence for every row.`,
    aliases: entity.aliases ? entity.aliases.split('; ') : [],
    countryCode: entity.country_code,
    inTheData: `${plural(entity.mention_count, 'mention')} in ${plural(entity.article_count, 'article')}`,
    entitiesTable: tableUrl('entities'),
    totals: { mentions: totals.mentions, quotes: totals.quotes, events: events.length },
    roles,
    mentions: mentionGroups(of('mention').slice(0, SHOWN.mentions)),
    quotes: of('quote')
      .slice(0, SHOWN.quotes)
      .map((q) => ({ evidence: q.evidence, note: q.note })),
    events: events.slice(0, SHOWN.events).map((v) => ({ summary: v.summary, others: v.others, evidence: v.evidence })),
  };
}
