/**
 * A long-tail entity's shard: what its static page would show (src/pages/[section]/[slug].astro), as data
 * the client-side entity viewer (src/scripts/entity-viewer.ts) turns into DOM nodes.
 */
import { articleLabel } from './article-title.ts';
import type { EntitiesRow } from './dataset.ts';
import { entityPage } from './entity-page.ts';
import type { Evidence } from './evidence.ts';
import { entityName, siteModel } from './model.ts';
import { articleUrl, entityUrl, tableUrl } from './urls.ts';

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

function shardEvidence(evidence: Evidence, linkText?: string): ShardEvidence {
  return {
    before: evidence.before,
    match: evidence.match,
    after: evidence.after,
    href: evidence.href,
    linkText: linkText ?? `${articleLabel(evidence.article)}: see it in the article`,
    paragraph: evidence.unit === 'paragraph',
  };
}

export function entityShard(entity: EntitiesRow): EntityShard {
  const page = entityPage(entity);
  const m = siteModel();
  const summary = page.roles.length ? page.roles.map((r) => r.label).join('; ') : undefined;
  return {
    id: entity.entity_id,
    name: entity.name,
    type: entity.type,
    description: `${entity.name} (${entity.type}) in the Dossier dataset${summary ? `: ${summary}` : ''}, with the evidence for every row.`,
    aliases: page.aliases,
    countryCode: entity.country_code,
    inTheData: `${plural(entity.mention_count, 'mention')} in ${plural(entity.article_count, 'article')}`,
    entitiesTable: tableUrl('entities'),
    totals: page.totals,
    roles: page.roles.map((r) => ({
      label: r.label,
      note: `Stated in ${plural(r.statementCount, 'place')}${r.statements.length < r.statementCount ? ` (the first ${r.statements.length} shown)` : ''}, as of ${r.firstAsOf === r.lastAsOf ? r.firstAsOf : `${r.firstAsOf} to ${r.lastAsOf}`} (the publication dates of the articles that state it).`,
      statements: r.statements.map((s) => shardEvidence(s.evidence)),
    })),
    mentions: page.mentionsByArticle.map((group) => ({
      heading: `${articleLabel(m.articleById.get(group.articleId)!)} (${group.items.length})`,
      articleId: group.articleId,
      articleHref: articleUrl(group.articleId),
      items: group.items.map(({ row, evidence }) => ({
        id: row.mention_id,
        evidence: shardEvidence(evidence, `“${row.text}” (${row.kind}) in context`),
      })),
    })),
    quotes: page.quotes.map(({ row, evidence }) => ({
      evidence: shardEvidence(evidence),
      note: `${row.date_value ? `Said ${row.date_value}. ` : ''}Attribution: ${row.speaker_text ?? '—'} (${row.speaker_rule ?? 'no rule'}${row.cue ? `, “${row.cue}”` : ''})${row.hedged ? '; the article hedges it' : ''}.`,
    })),
    events: page.events.map(({ event, roles, others, evidence }) => ({
      summary: `${event.type}, ${event.status}${event.date_value ? `, ${event.date_value}` : ''}${event.date_source === 'inherited' ? ' (date inherited)' : ''} · as ${roles.map((r) => r.role).join(', ')}`,
      others: others.map((o) => ({ href: entityUrl(o.entity_id), name: entityName(o.entity_id), role: o.role })),
      evidence: shardEvidence(evidence),
    })),
  };
}
