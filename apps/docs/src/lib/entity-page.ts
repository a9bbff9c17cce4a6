/** What an entity's page shows, gathered from every table that points to it. */
import { evidenceFor, type Evidence } from './evidence.ts';
import { describeRole, siteModel } from './model.ts';
import type { EntitiesRow, EventParticipantsRow, EventsRow, MentionsRow, QuotesRow, RolesRow } from './dataset.ts';

/**
 * The most rows of each kind a page shows with their evidence: the page of a country in 100,000 articles
 * would otherwise weigh hundreds of megabytes (issue 23). The counts stay whole, and the tables have every row.
 */
export const SHOWN = { mentions: 300, statements: 20, quotes: 200, events: 200 };

export interface RoleSummary {
  label: string;
  /** Every statement of the role; `statements` holds the first SHOWN.statements. */
  statementCount: number;
  title: string;
  former: boolean;
  firstAsOf: string;
  lastAsOf: string;
  statements: Array<{ row: RolesRow; evidence: Evidence }>;
}

export interface EntityPage {
  entity: EntitiesRow;
  aliases: string[];
  roles: RoleSummary[];
  mentionsByArticle: Array<{ articleId: string; items: Array<{ row: MentionsRow; evidence: Evidence }> }>;
  /** Totals, when the lists above and below hold only the first SHOWN of each kind. */
  totals: { mentions: number; quotes: number; events: number };
  quotes: Array<{ row: QuotesRow; evidence: Evidence }>;
  events: Array<{
    event: EventsRow;
    roles: EventParticipantsRow[];
    others: EventParticipantsRow[];
    evidence: Evidence;
  }>;
}

export function entityPage(entity: EntitiesRow): EntityPage {
  const m = siteModel();
  const id = entity.entity_id;
  const roleRows = [...(m.rolesByPerson.get(id) ?? [])].sort((a, b) =>
    a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0,
  );
  const roles = new Map<string, RoleSummary>();
  for (const row of roleRows) {
    const label = describeRole(row);
    let summary = roles.get(label);
    if (!summary)
      roles.set(
        label,
        (summary = {
          label,
          title: row.title,
          former: row.former,
          statementCount: 0,
          firstAsOf: row.as_of,
          lastAsOf: row.as_of,
          statements: [],
        }),
      );
    summary.lastAsOf = row.as_of;
    summary.statementCount++;
    if (summary.statements.length < SHOWN.statements)
      summary.statements.push({ row, evidence: evidenceFor(m.articleById, row, row.role_id) });
  }
  const mentions = new Map<string, EntityPage['mentionsByArticle'][number]>();
  const mentionRows = m.mentionsByEntity.get(id) ?? [];
  for (const row of mentionRows.slice(0, SHOWN.mentions)) {
    let group = mentions.get(row.article_id);
    if (!group) mentions.set(row.article_id, (group = { articleId: row.article_id, items: [] }));
    group.items.push({ row, evidence: evidenceFor(m.articleById, row, row.mention_id) });
  }
  const byEvent = new Map<string, EventParticipantsRow[]>();
  for (const p of m.participantsByEntity.get(id) ?? []) {
    const list = byEvent.get(p.event_id) ?? [];
    list.push(p);
    byEvent.set(p.event_id, list);
  }
  const events = [...byEvent]
    .map(([eventId, mine]) => {
      const event = m.eventById.get(eventId);
      if (!event)
        throw new Error(
          `event_participants row for ${id} points to event ${eventId}, which is not in the events table`,
        );
      const others = (m.participantsByEvent.get(eventId) ?? []).filter((p) => p.entity_id !== id);
      return { event, roles: mine, others, evidence: evidenceFor(m.articleById, event, event.event_id) };
    })
    .sort(
      (a, b) =>
        (a.event.date_start ?? '9999').localeCompare(b.event.date_start ?? '9999') ||
        (a.event.event_id < b.event.event_id ? -1 : 1),
    );
  return {
    entity,
    aliases: entity.aliases ? entity.aliases.split('; ') : [],
    roles: [...roles.values()],
    mentionsByArticle: [...mentions.values()],
    totals: {
      mentions: mentionRows.length,
      quotes: m.quotesBySpeaker.get(id)?.length ?? 0,
      events: events.length,
    },
    quotes: (m.quotesBySpeaker.get(id) ?? []).slice(0, SHOWN.quotes).map((row) => ({
      row,
      evidence: evidenceFor(m.articleById, row, row.quote_id),
    })),
    events: events.slice(0, SHOWN.events),
  };
}
