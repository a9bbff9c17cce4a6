/**
 * What the site knows of the current dataset for a whole build: the package, the entities (names and counts)
 * and which entities and articles get a static page. Rows of the article-scoped tables are held one article at
 * a time: the site-data step (src/lib/site-data.ts) sets them with `showArticle` while it streams the dataset,
 * and the pages read what they need from the page model it writes (src/lib/page-model.ts).
 */
import { groupBy, readDatasetHead, type DatasetHead } from './dataset.ts';
import type { ArticlesRow, DataPackage, EntitiesRow } from './dataset.ts';
import { DATA_DIST } from './paths.ts';
import { ARTICLE_PAGES_MAX, staticArticlePages, staticEntityIds } from './scale.ts';
import type { ArticleGroup } from './stream/article-groups.ts';
import { countRows } from './stream/json-rows.ts';
import { setLinkPolicy } from './urls.ts';

export interface SiteModel {
  data: DatasetHead;
  entityById: Map<string, EntitiesRow>;
  /** Entities with a static page (src/lib/scale.ts); the others are shown by the entity viewer. */
  staticEntities: Set<string>;
  /** True when every article has a static page; otherwise articles are shown by the article viewer only. */
  articlePages: boolean;
  /** The article being shown and its rows (empty outside the site-data step). */
  articleById: Map<string, ArticlesRow>;
  mentionsByArticle: Map<string, ArticleGroup['mentions']>;
  rolesByArticle: Map<string, ArticleGroup['roles']>;
  quotesByArticle: Map<string, ArticleGroup['quotes']>;
  timexesByArticle: Map<string, ArticleGroup['timexes']>;
  quantitiesByArticle: Map<string, ArticleGroup['quantities']>;
  eventsByArticle: Map<string, ArticleGroup['events']>;
  participantsByEvent: Map<string, ArticleGroup['participants']>;
}

type ArticleRowsShown = Pick<
  SiteModel,
  | 'articleById'
  | 'mentionsByArticle'
  | 'rolesByArticle'
  | 'quotesByArticle'
  | 'timexesByArticle'
  | 'quantitiesByArticle'
  | 'eventsByArticle'
  | 'participantsByEvent'
>;

/** The article-scoped rows of a model that shows no article yet (`showArticle` fills them one at a time). */
function noArticleShown(): ArticleRowsShown {
  return {
    articleById: new Map(),
    mentionsByArticle: new Map(),
    rolesByArticle: new Map(),
    quotesByArticle: new Map(),
    timexesByArticle: new Map(),
    quantitiesByArticle: new Map(),
    eventsByArticle: new Map(),
    participantsByEvent: new Map(),
  };
}

let model: SiteModel | undefined;

/** Drops the model, so that a step that is done with it gives the memory back. */
export function releaseSiteModel(): void {
  model = undefined;
}

export function siteModel(): SiteModel {
  if (model) return model;
  const data = readDatasetHead(DATA_DIST);
  // Only compared with the page limit, so counting stops just past it.
  const articleCount = articleCountOf(data, ARTICLE_PAGES_MAX + 1);
  model = {
    data,
    entityById: new Map(data.entities.map((e) => [e.entity_id, e])),
    staticEntities: staticEntityIds(data.entities),
    articlePages: staticArticlePages(articleCount),
    ...noArticleShown(),
  };
  const { staticEntities, articlePages } = model;
  setLinkPolicy({ hasEntityPage: (id) => staticEntities.has(id), articlePages });
  return model;
}

/**
 * The article count: datapackage.json's row count for articles when it has one, else the lines of its JSON
 * twin, counted up to `upTo`.
 */
function articleCountOf(data: DatasetHead, upTo: number): number {
  const resource = data.tableResources.find((r) => r.name === 'articles') as { rows?: number } | undefined;
  if (typeof resource?.rows === 'number') return resource.rows;
  const file = data.tableFiles.get('articles');
  return file ? countRows(file, upTo) : 0;
}

const NO_PACKAGE: DataPackage = { name: '', title: '', description: '', version: '', licenses: [], resources: [] };

/** What a worker thread of the site-data step is told of the model instead of reading the dataset. */
export interface WorkerModelSeed {
  /** The entities with a static page, for the links (a few hundred IDs). */
  staticEntities: string[];
  articlePages: boolean;
}

/**
 * The model of a worker thread (src/lib/site-data-worker.ts): the link policy, and no entities until a job
 * brings those it needs (`showEntities`). Each worker used to read the whole entities table (192,452 rows at
 * 100,000 articles, some 60 MB of heap per thread) to look up the few names an article shows.
 */
export function useWorkerModel(seed: WorkerModelSeed): void {
  const staticEntities = new Set(seed.staticEntities);
  model = {
    // A worker reads no dataset files: no package, no tables, no entities beyond those of its job.
    data: { dir: '', datapackage: NO_PACKAGE, tableResources: [], tableFiles: new Map(), entities: [] },
    entityById: new Map(),
    staticEntities,
    articlePages: seed.articlePages,
    ...noArticleShown(),
  };
  setLinkPolicy({ hasEntityPage: (id) => staticEntities.has(id), articlePages: seed.articlePages });
}

/** Makes these the entities a worker's model knows (those of the article it is given). */
export function showEntities(entities: readonly EntitiesRow[]): void {
  siteModel().entityById = new Map(entities.map((e) => [e.entity_id, e]));
}

/** Makes `group` the one article the model holds (see SiteModel). */
export function showArticle(group: ArticleGroup): void {
  const m = siteModel();
  const id = group.article.article_id;
  m.articleById = new Map([[id, group.article]]);
  m.mentionsByArticle = new Map([[id, group.mentions]]);
  m.rolesByArticle = new Map([[id, group.roles]]);
  m.quotesByArticle = new Map([[id, group.quotes]]);
  m.timexesByArticle = new Map([[id, group.timexes]]);
  m.quantitiesByArticle = new Map([[id, group.quantities]]);
  m.eventsByArticle = new Map([[id, group.events]]);
  m.participantsByEvent = groupBy(group.participants, (p) => p.event_id);
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
