/** Look-ups over the current dataset that several pages share; built once per build. */
import { currentDataset, groupBy, releaseCurrentDataset, type Dataset } from './dataset.ts';
import type { ArticlesRow, EntitiesRow, EventsRow, TemporalExpressionsRow } from './dataset.ts';
import { staticArticlePages, staticEntityIds } from './scale.ts';
import { setLinkPolicy } from './urls.ts';

export interface SiteModel {
  data: Dataset;
  articleById: Map<string, ArticlesRow>;
  entityById: Map<string, EntitiesRow>;
  eventById: Map<string, EventsRow>;
  timexById: Map<string, TemporalExpressionsRow>;
  mentionsByEntity: Map<string, Dataset['mentions']>;
  mentionsByArticle: Map<string, Dataset['mentions']>;
  rolesByPerson: Map<string, Dataset['roles']>;
  rolesByArticle: Map<string, Dataset['roles']>;
  quotesBySpeaker: Map<string, Dataset['quotes']>;
  quotesByArticle: Map<string, Dataset['quotes']>;
  timexesByArticle: Map<string, Dataset['timexes']>;
  quantitiesByArticle: Map<string, Dataset['quantities']>;
  eventsByArticle: Map<string, Dataset['events']>;
  participantsByEntity: Map<string, Dataset['participants']>;
  participantsByEvent: Map<string, Dataset['participants']>;
  /** Entities with a static page (src/lib/scale.ts); the others are shown by the entity viewer. */
  staticEntities: Set<string>;
  /** True when every article has a static page; otherwise articles are shown by the article viewer only. */
  articlePages: boolean;
}

let model: SiteModel | undefined;

/** Drops the model and the dataset it holds, so that a step that is done with them gives the memory back. */
export function releaseSiteModel(): void {
  model = undefined;
  releaseCurrentDataset();
}

export function siteModel(): SiteModel {
  if (model) return model;
  const data = currentDataset();
  model = {
    data,
    articleById: new Map(data.articles.map((a) => [a.article_id, a])),
    entityById: new Map(data.entities.map((e) => [e.entity_id, e])),
    eventById: new Map(data.events.map((e) => [e.event_id, e])),
    timexById: new Map(data.timexes.map((t) => [t.timex_id, t])),
    mentionsByEntity: groupBy(data.mentions, (m) => m.entity_id),
    mentionsByArticle: groupBy(data.mentions, (m) => m.article_id),
    rolesByPerson: groupBy(data.roles, (r) => r.person_id),
    rolesByArticle: groupBy(data.roles, (r) => r.article_id),
    quotesBySpeaker: groupBy(data.quotes, (q) => q.speaker_id),
    quotesByArticle: groupBy(data.quotes, (q) => q.article_id),
    timexesByArticle: groupBy(data.timexes, (t) => t.article_id),
    quantitiesByArticle: groupBy(data.quantities, (q) => q.article_id),
    eventsByArticle: groupBy(data.events, (e) => e.article_id),
    participantsByEntity: groupBy(data.participants, (p) => p.entity_id),
    participantsByEvent: groupBy(data.participants, (p) => p.event_id),
    staticEntities: staticEntityIds(data.entities),
    articlePages: staticArticlePages(data.articles.length),
  };
  const { staticEntities, articlePages } = model;
  setLinkPolicy({ hasEntityPage: (id) => staticEntities.has(id), articlePages });
  return model;
}

/** An entity's display name, or its ID when the entities table does not have it (shown, not hidden). */
export function entityName(id: string | null | undefined): string {
  if (!id) return '';
  return siteModel().entityById.get(id)?.name ?? id;
}

/** "Director, CIA", "Prime Minister, Qatar", "former Chair, FDIC": a role as a reader would say it. */
export function describeRole(role: {
  title: string;
  organization_id: string | null;
  country_id: string | null;
  place_id?: string | null;
  former: boolean;
}): string {
  const affiliation = [role.organization_id, role.country_id, role.place_id ?? null]
    .filter(Boolean)
    .map((id) => entityName(id))
    .join(', ');
  return `${role.former ? 'former ' : ''}${role.title}${affiliation ? ` · ${affiliation}` : ''}`;
}

export { articleLabel } from './article-title.ts';
