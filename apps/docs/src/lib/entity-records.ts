/**
 * The records an article contributes to the pages of the entities it names (src/lib/entity-shard.ts), made
 * while the article is the one the site model holds: its rows with their evidence sentences. They are
 * spilled to disk by entity (src/lib/stream/record-spill.ts), so no entity's rows wait in memory.
 */
import { articleLabel } from './article-title.ts';
import type { EntityRecord } from './entity-shard.ts';
import { shardEvidence, SHOWN } from './entity-shard.ts';
import { evidenceFor } from './evidence.ts';
import { describeRole, entityName, siteModel } from './model.ts';
import type { ArticleGroup } from './stream/article-groups.ts';
import { entityUrl } from './urls.ts';

/** Rows counted per entity; the records of mentions and quotes stop at SHOWN (the counts do not). */
export class EntityCounts {
  readonly mentions = new Map<string, number>();
  readonly quotes = new Map<string, number>();

  /** Counts one row; true while the entity still has fewer than `shown` of them. */
  count(kind: 'mentions' | 'quotes', entityId: string, shown: number): boolean {
    const counts = this[kind];
    const n = (counts.get(entityId) ?? 0) + 1;
    counts.set(entityId, n);
    return n <= shown;
  }

  totals(entityId: string): { mentions: number; quotes: number } {
    return { mentions: this.mentions.get(entityId) ?? 0, quotes: this.quotes.get(entityId) ?? 0 };
  }
}

/** Every record of the article the model holds, in the tables' order. */
export function articleEntityRecords(group: ArticleGroup): EntityRecord[] {
  const m = siteModel();
  const label = articleLabel(group.article);
  const records: EntityRecord[] = [];
  for (const row of group.mentions)
    records.push({
      k: 'mention',
      e: row.entity_id,
      articleId: row.article_id,
      articleLabel: label,
      id: row.mention_id,
      evidence: shardEvidence(
        evidenceFor(m.articleById, row, row.mention_id),
        `“${row.text}” (${row.kind}) in context`,
      ),
    });
  for (const row of group.roles)
    records.push({
      k: 'role',
      e: row.person_id,
      label: describeRole(row),
      asOf: row.as_of,
      evidence: shardEvidence(evidenceFor(m.articleById, row, row.role_id)),
    });
  for (const row of group.quotes) {
    if (!row.speaker_id) continue;
    records.push({
      k: 'quote',
      e: row.speaker_id,
      note: `${row.date_value ? `Said ${row.date_value}. ` : ''}Attribution: ${row.speaker_text ?? '—'} (${row.speaker_rule ?? 'no rule'}${row.cue ? `, “${row.cue}”` : ''})${row.hedged ? '; the article hedges it' : ''}.`,
      evidence: shardEvidence(evidenceFor(m.articleById, row, row.quote_id)),
    });
  }
  records.push(...eventRecords(group));
  return records;
}

function eventRecords(group: ArticleGroup): EntityRecord[] {
  const m = siteModel();
  const events = new Map(group.events.map((e) => [e.event_id, e]));
  const records: EntityRecord[] = [];
  for (const [eventId, participants] of m.participantsByEvent) {
    const event = events.get(eventId);
    if (!event)
      throw new Error(
        `event_participants row for ${participants[0]!.entity_id} points to event ${eventId}, which is not in the events table`,
      );
    const evidence = shardEvidence(evidenceFor(m.articleById, event, event.event_id));
    const byEntity = new Map<string, string[]>();
    for (const p of participants) byEntity.set(p.entity_id, [...(byEntity.get(p.entity_id) ?? []), p.role]);
    for (const [entityId, roles] of byEntity)
      records.push({
        k: 'event',
        e: entityId,
        eventId,
        dateStart: event.date_start,
        summary: `${event.type}, ${event.status}${event.date_value ? `, ${event.date_value}` : ''}${event.date_source === 'inherited' ? ' (date inherited)' : ''} · as ${roles.join(', ')}`,
        others: participants
          .filter((p) => p.entity_id !== entityId)
          .map((o) => ({ href: entityUrl(o.entity_id), name: entityName(o.entity_id), role: o.role })),
        evidence,
      });
  }
  return records;
}

/** What deciding whether a record is kept needs of it: its kind and its entity. */
export type RecordHead = Pick<EntityRecord, 'k' | 'e'>;

/** Whether a record is worth keeping: every role and event, mentions and quotes up to SHOWN per entity. */
export function isKept(record: RecordHead, counts: EntityCounts): boolean {
  return record.k === 'mention'
    ? counts.count('mentions', record.e, SHOWN.mentions)
    : record.k === 'quote'
      ? counts.count('quotes', record.e, SHOWN.quotes)
      : true;
}

/** The records worth keeping (`isKept`), counted in order. */
export function keptRecords(records: readonly EntityRecord[], counts: EntityCounts): EntityRecord[] {
  return records.filter((r) => isKept(r, counts));
}

/** The start every record's JSON text has (`articleEntityRecords` writes `k` and `e` first). */
const HEAD = /^\{"k":"(mention|role|quote|event)","e":("(?:[^"\\]|\\.)*")/u;

/**
 * A record's kind and entity, read from the start of its JSON text: a warm build reads every article's
 * records again (hundreds of megabytes at 10,000 articles) only to count and spill them, and parsing them
 * whole was a large part of its time. Text of another shape is parsed whole.
 */
export function recordHead(line: string): RecordHead {
  const head = HEAD.exec(line);
  if (head) return { k: head[1] as RecordHead['k'], e: JSON.parse(head[2]!) as string };
  const { k, e } = JSON.parse(line) as EntityRecord;
  return { k, e };
}
