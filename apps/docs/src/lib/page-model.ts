/**
 * The page model: what the static pages show of the dataset, gathered by the site-data step while it streams
 * the dataset (src/lib/site-data.ts) and written to small JSON files under `model/` of the site-data folder
 * (not published). The pages read these files instead of the tables, so the Astro build's memory and time do
 * not grow with the corpus: every list here is bounded (the newest articles, the latest timeline items, the
 * first rows of each table) and only the counts cover everything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleLabel } from './article-title.ts';
import type { ArticleRows } from './article-view.ts';
import type { ArticlesRow, EntitiesRow } from './dataset.ts';
import { entityName, siteModel } from './model.ts';
import { dictionaryTables } from './schemas.ts';
import type { ArticleSummary } from './article-summary.ts';
import { ARTICLE_TABLES, type ArticleGroup } from './stream/article-groups.ts';
import type { TimelineItem } from './timeline.ts';
import { spanUrl } from './urls.ts';

/** Rows shown on a table's page (the files have them all). */
export const TABLE_ROWS_SHOWN = 5000;
/** A column gets a select filter when it has at most this many distinct values. */
export const MAX_SELECT_VALUES = 200;
/** The articles page lists the newest ones; the search finds any article. */
export const ARTICLES_LISTED = 200;
/** A chart of 100,000 bars is neither readable nor light: big datasets show the latest items. */
export const TIMELINE_ITEMS = 2000;
export const UNDATED_LISTED = TIMELINE_ITEMS / 4;
/** The overview's most mentioned people. */
export const PROMINENT_PEOPLE = 12;

export interface ListedArticle {
  article_id: string;
  outlet: string;
  published: string;
  opening: string;
  mentions: number;
  quotes: number;
  events: number;
}

export interface UndatedEvent {
  href: string;
  type: string;
  status: string;
  text: string;
  context: string;
}

export interface PageFacts {
  counts: Record<string, number>;
  coverage: {
    articles: number;
    words: number;
    outlets: string[];
    firstDate: string | undefined;
    lastDate: string | undefined;
    entitiesByType: Array<[string, number]>;
  };
  eventTypes: Array<[string, number]>;
  /** The most mentioned people with the role articles most often state for them. */
  prominentPeople: Array<{ id: string; role: string | undefined }>;
  /** Each entity with a static page: its distinct roles, in the roles table's order. */
  entityRoles: Record<string, string[]>;
  newestArticles: ListedArticle[];
  /** The articles with a static page (none when the dataset is too big for them: src/lib/scale.ts). */
  staticArticleIds: string[];
  timeline: { items: TimelineItem[]; datedTotal: number; undated: UndatedEvent[]; undatedTotal: number };
}

export interface TablePreview {
  rows: Array<Record<string, unknown>>;
  /** Distinct values of each column a reader can filter by (MAX_SELECT_VALUES at most; none when more). */
  filterValues: Record<string, string[]>;
}

/** Columns with a short list of values (enums, article_id, booleans): a select each on the table's page. */
export function filterColumnNames(table: string): string[] {
  let columns = filterColumnsByTable.get(table);
  if (!columns) {
    const schema = dictionaryTables().find((t) => t.name === table);
    columns = schema
      ? schema.columns
          .filter((c) => !c.primaryKey && (c.allowed || c.type === 'boolean' || c.name === 'article_id'))
          .map((c) => c.name)
      : [];
    filterColumnsByTable.set(table, columns);
  }
  return columns;
}
/** Asked once per table and article: the schemas are read once. */
const filterColumnsByTable = new Map<string, string[]>();

const byPublishedDesc = (a: ListedArticle, b: ListedArticle) =>
  a.published < b.published ? 1 : a.published > b.published ? -1 : a.article_id < b.article_id ? -1 : 1;
const byStart = (a: TimelineItem, b: TimelineItem) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1;
const clip = (text: string, n = 90) =>
  Array.from(text).length > n ? `${Array.from(text).slice(0, n).join('')}…` : text;
const opening = (body: string) => `${body.slice(0, 140).replace(/\s+\S*$/u, '')}…`;

/** Keeps the `limit` first items of a stream by `order`, sorting only now and then. */
class TopK<T> {
  private items: T[] = [];
  constructor(
    private readonly limit: number,
    private readonly order: (a: T, b: T) => number,
  ) {}
  add(item: T): void {
    this.items.push(item);
    if (this.items.length >= this.limit * 2) this.trim();
  }
  private trim(): void {
    this.items.sort(this.order);
    this.items.length = Math.min(this.items.length, this.limit);
  }
  result(): T[] {
    this.trim();
    return this.items;
  }
}

/** The names of an event's participants, from the article the site model shows. */
const eventParticipantNames = (eventId: string) =>
  (siteModel().participantsByEvent.get(eventId) ?? []).map((p) => entityName(p.entity_id));

/**
 * The article's dated events and quotes as timeline items, events first (the site model must show the
 * article: an event's label names its participants).
 */
export function datedTimelineItems(group: ArticleGroup): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const e of group.events) {
    if (!e.date_start) continue;
    const who = eventParticipantNames(e.event_id);
    items.push({
      id: e.event_id,
      kind: 'event',
      lane: e.type,
      label: `${e.type}${who.length ? ` (${who.join(', ')})` : ''}: ${clip(e.text)}`,
      status: e.status,
      start: e.date_start,
      end: e.date_end ?? e.date_start,
      href: spanUrl(e.article_id, e.event_id),
    });
  }
  for (const q of group.quotes) {
    if (!q.date_value) continue;
    items.push({
      id: q.quote_id,
      kind: 'statement',
      lane: 'quote',
      label: `${q.speaker_id ? entityName(q.speaker_id) : (q.speaker_text ?? 'unknown speaker')}: “${clip(q.text)}”`,
      status: 'said',
      start: q.date_value,
      end: q.date_value,
      href: spanUrl(q.article_id, q.quote_id),
    });
  }
  return items;
}

class TablePreviewCollector {
  readonly rows: Array<Record<string, unknown>> = [];
  count = 0;
  private readonly values = new Map<string, Set<string>>();
  constructor(
    readonly filterColumns: string[],
    private readonly shown = TABLE_ROWS_SHOWN,
  ) {
    for (const c of filterColumns) this.values.set(c, new Set());
  }
  add(row: Record<string, unknown>): void {
    this.count++;
    if (this.rows.length < this.shown) this.rows.push(row);
    for (const [column, values] of this.values) {
      if (values.size > MAX_SELECT_VALUES) continue;
      const value = row[column] === null ? '' : String(row[column]);
      if (value) values.add(value);
    }
  }
  /** Counts an article's rows and takes their filter values (an ArticleSummary's); the rows come apart. */
  addSummarized(count: number, values: Record<string, string[]> | undefined): void {
    this.count += count;
    if (!values) return;
    for (const [column, seen] of this.values) {
      // A batch may take the set past the limit by more than one value: past it, no filter either way.
      if (seen.size > MAX_SELECT_VALUES) continue;
      for (const value of values[column] ?? []) seen.add(value);
    }
  }

  /** True when the preview has all the rows it shows. */
  full(): boolean {
    return this.rows.length >= this.shown;
  }

  /** Rows for the preview only (counted by `addSummarized`). */
  addPreviewRows(rows: readonly object[]): void {
    for (const row of rows) {
      if (this.full()) return;
      this.rows.push(row as Record<string, unknown>);
    }
  }

  preview(): TablePreview {
    const filterValues: Record<string, string[]> = {};
    for (const [column, values] of this.values)
      if (values.size > 1 && values.size <= MAX_SELECT_VALUES) filterValues[column] = [...values].sort();
    return { rows: this.rows, filterValues };
  }
}

/** Gathers the page model while the site-data step streams the dataset one article at a time. */
export class PageFactsCollector {
  private readonly tables = new Map<string, TablePreviewCollector>();
  private words = 0;
  private readonly outlets = new Set<string>();
  private firstDate: string | undefined;
  private lastDate: string | undefined;
  private readonly eventTypes = new Map<string, number>();
  private readonly prominent: EntitiesRow[];
  private readonly roleCounts = new Map<string, Map<string, number>>();
  private readonly entityRoles = new Map<string, Set<string>>();
  private readonly newest = new TopK<ListedArticle>(ARTICLES_LISTED, byPublishedDesc);
  private readonly latest = new TopK<TimelineItem>(TIMELINE_ITEMS, (a, b) => byStart(b, a));
  private datedTotal = 0;
  private readonly undated: UndatedEvent[] = [];
  private undatedTotal = 0;
  readonly staticArticles: Array<{ article: ArticlesRow; rows: ArticleRows }> = [];

  /** `limits`: how many rows a table's preview and the undated list hold (smaller in tests). */
  constructor(private readonly limits = { tableRows: TABLE_ROWS_SHOWN, undated: UNDATED_LISTED }) {
    const m = siteModel();
    for (const r of m.data.tableResources)
      this.tables.set(r.name, new TablePreviewCollector(filterColumnNames(r.name), limits.tableRows));
    for (const e of m.data.entities) this.tables.get('entities')?.add(e as unknown as Record<string, unknown>);
    this.prominent = m.data.entities
      .filter((e) => e.type === 'person')
      .sort((a, b) => b.mention_count - a.mention_count || (a.name < b.name ? -1 : 1))
      .slice(0, PROMINENT_PEOPLE);
    for (const e of this.prominent) this.roleCounts.set(e.entity_id, new Map());
    for (const id of m.staticEntities) this.entityRoles.set(id, new Set());
  }

  /** Any table that is neither per article nor entities (quarantine) is counted and previewed here. */
  addOtherRow(table: string, row: Record<string, unknown>): void {
    this.tables.get(table)?.add(row);
  }

  /**
   * True when `addArticle` needs the article's rows as well as its summary: a table's preview or the list of
   * undated events is not full yet, or every article gets a page of its own.
   */
  wantsRows(summary: ArticleSummary): boolean {
    if (siteModel().articlePages) return true;
    if (summary.undated > 0 && this.undated.length < this.limits.undated) return true;
    return Object.keys(summary.rows).some((table) => this.tables.get(table)?.full() === false);
  }

  /**
   * Adds an article from its row and summary (src/lib/article-summary.ts); `group`, its rows, when `wantsRows`
   * says so, with the site model showing it (`showArticle`: the undated events name their participants).
   */
  addArticle(article: ArticlesRow, summary: ArticleSummary, group?: ArticleGroup): void {
    this.tables.get('articles')?.add(article as unknown as Record<string, unknown>);
    for (const [field, table] of Object.entries(ARTICLE_TABLES) as Array<[keyof typeof ARTICLE_TABLES, string]>) {
      const preview = this.tables.get(table);
      if (!preview) continue;
      preview.addSummarized(summary.rows[table] ?? 0, summary.filterValues[table]);
      if (group) preview.addPreviewRows(group[field]);
    }
    this.words += article.word_count;
    this.outlets.add(article.outlet);
    if (this.firstDate === undefined || article.published < this.firstDate) this.firstDate = article.published;
    if (this.lastDate === undefined || article.published > this.lastDate) this.lastDate = article.published;
    for (const [type, n] of summary.eventTypes) this.eventTypes.set(type, (this.eventTypes.get(type) ?? 0) + n);
    for (const [person, role] of summary.roles) {
      const counts = this.roleCounts.get(person);
      if (counts) counts.set(role, (counts.get(role) ?? 0) + 1);
      this.entityRoles.get(person)?.add(role);
    }
    this.newest.add({
      article_id: article.article_id,
      outlet: article.outlet,
      published: article.published,
      opening: opening(article.body),
      mentions: summary.rows.mentions ?? 0,
      quotes: summary.rows.quotes ?? 0,
      events: summary.rows.events ?? 0,
    });
    this.datedTotal += summary.dated.length;
    for (const item of summary.dated) this.latest.add(item);
    this.undatedTotal += summary.undated;
    if (group) this.addUndated(group);
    if (group && siteModel().articlePages) {
      const { mentions, roles, timexes, quantities, quotes, events } = group;
      this.staticArticles.push({ article, rows: { mentions, roles, timexes, quantities, quotes, events } });
    }
  }

  private addUndated(group: ArticleGroup): void {
    for (const e of group.events) {
      if (e.date_start || this.undated.length >= this.limits.undated) continue;
      const who = eventParticipantNames(e.event_id);
      this.undated.push({
        href: spanUrl(e.article_id, e.event_id),
        type: e.type,
        status: e.status,
        text: clip(e.text, 140),
        context: `${articleLabel(group.article)}${who.length ? `; ${who.join(', ')}` : ''}`,
      });
    }
  }

  facts(): PageFacts {
    const m = siteModel();
    const byType = new Map<string, number>();
    for (const e of m.data.entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    const counts: Record<string, number> = {};
    for (const [name, table] of this.tables) counts[name] = table.count;
    return {
      counts,
      coverage: {
        articles: counts.articles ?? 0,
        words: this.words,
        outlets: [...this.outlets].sort(),
        firstDate: this.firstDate,
        lastDate: this.lastDate,
        entitiesByType: [...byType].sort((a, b) => b[1] - a[1]),
      },
      eventTypes: [...this.eventTypes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
      prominentPeople: this.prominent.map((e) => ({
        id: e.entity_id,
        role: [...(this.roleCounts.get(e.entity_id) ?? [])].sort(
          (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
        )[0]?.[0],
      })),
      entityRoles: Object.fromEntries([...this.entityRoles].map(([id, roles]) => [id, [...roles]])),
      newestArticles: this.newest.result(),
      staticArticleIds: this.staticArticles.map((a) => a.article.article_id),
      timeline: {
        items: this.latest.result().reverse(),
        datedTotal: this.datedTotal,
        undated: this.undated,
        undatedTotal: this.undatedTotal,
      },
    };
  }

  tablePreviews(): Map<string, TablePreview> {
    return new Map([...this.tables].map(([name, table]) => [name, table.preview()]));
  }
}

// --- Reading the model (the pages) ---

export const MODEL_DIR = 'model';
export const FACTS_FILE = `${MODEL_DIR}/facts.json`;
export const tablePreviewFile = (table: string) => `${MODEL_DIR}/tables/${table}.json`;
export const entityPageFile = (entityId: string) => `${MODEL_DIR}/entities/${encodeURIComponent(entityId)}.json`;
export const articlePageFile = (articleId: string) => `${MODEL_DIR}/articles/${encodeURIComponent(articleId)}.json`;

/**
 * The site-data folder, which the integration names in this variable before the pages render (the pages are
 * bundled by Vite, so they do not share this module's state with the config that ran the step).
 */
export const SITE_DATA_DIR_VARIABLE = 'DOSSIER_SITE_DATA_DIR';

/**
 * Set while Astro renders the pages (by the site-data integration, after its step). The pages Astro renders
 * are reused while the key of their inputs (src/lib/slots/astro-key.ts) holds, and that key leaves out the
 * data's numbers: so a page must not read the page model, only say where a slot goes (src/lib/slots/). The one
 * exception is the page per article of a small dataset, whose model files are in the key.
 */
export const RENDERING_VARIABLE = 'DOSSIER_RENDERING_PAGES';

function readModelFile<T>(relPath: string): T {
  const dir = process.env[SITE_DATA_DIR_VARIABLE];
  if (!dir) throw new Error(`the page model (${relPath}) is read before the site-data step has run`);
  const file = join(dir, relPath);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (cause) {
    throw new Error(`cannot read the page model ${file}: ${(cause as Error).message}`, { cause });
  }
}

/**
 * The page model for the slot fill and the tools, never for a page Astro renders: reading it during the render
 * fails the build, so that no number of the data is baked into a page whose key leaves the data out.
 */
export function readPageModel<T>(relPath: string): T {
  if (process.env[RENDERING_VARIABLE])
    throw new Error(
      `a page read the page model (${relPath}) while Astro renders: put the value in a slot (src/lib/slots/values.ts)`,
    );
  return readModelFile<T>(relPath);
}

/** The articles with a page of their own (small datasets only): their files in the page model, in ID order. */
export function staticArticleIds(): string[] {
  const dir = process.env[SITE_DATA_DIR_VARIABLE];
  if (!dir) throw new Error('the article pages are listed before the site-data step has run');
  return pageModelIds(dir, 'articles');
}

/** The IDs of the page model's files of one kind (their names, decoded), sorted; none when the folder is absent. */
export function pageModelIds(siteDataDir: string, kind: 'articles' | 'entities'): string[] {
  let files: string[];
  try {
    files = readdirSync(join(siteDataDir, MODEL_DIR, kind));
  } catch {
    return [];
  }
  return files
    .filter((f) => f.endsWith('.json'))
    .map((f) => decodeURIComponent(f.slice(0, -'.json'.length)))
    .sort();
}

/** An article's page: its row and rows (small datasets only; these files are in the key of the render). */
export const articlePage = (articleId: string) =>
  readModelFile<{ article: ArticlesRow; rows: ArticleRows }>(articlePageFile(articleId));
