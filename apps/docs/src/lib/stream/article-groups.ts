/**
 * The dataset one article at a time: the article row and the rows of every article-scoped table that belong
 * to it. Every such table is sorted by a row ID that starts with the article ID, so the tables are read in
 * step with articles.json and only one article's rows are in memory. A row that is out of that order (or
 * points to an article that is not in articles.json) is reported with its table.
 */
import { createHash, type Hash } from 'node:crypto';
import { join } from 'node:path';
import type {
  ArticlesRow,
  EventParticipantsRow,
  EventsRow,
  MentionsRow,
  QuantitiesRow,
  QuotesRow,
  RolesRow,
  TemporalExpressionsRow,
} from '@dossier/schema';
import { jsonRowsWithText } from './json-rows.ts';

export interface ArticleGroup {
  article: ArticlesRow;
  mentions: MentionsRow[];
  roles: RolesRow[];
  timexes: TemporalExpressionsRow[];
  quantities: QuantitiesRow[];
  quotes: QuotesRow[];
  events: EventsRow[];
  participants: EventParticipantsRow[];
}

/** The article-scoped tables: the group's field and the table's name in datapackage.json. */
export const ARTICLE_TABLES = {
  mentions: 'mentions',
  roles: 'roles',
  timexes: 'temporal_expressions',
  quantities: 'quantities',
  quotes: 'quotes',
  events: 'events',
  participants: 'event_participants',
} as const;

type GroupField = keyof typeof ARTICLE_TABLES;

/** A table read ahead by one row, so that the rows of the current article can be taken off its front. */
class TableCursor {
  private readonly rows: Iterator<[{ article_id: string }, string]>;
  private next: { article_id: string } | undefined;
  private nextText = '';

  constructor(
    readonly table: string,
    file: string | undefined,
  ) {
    this.rows = file ? jsonRowsWithText<{ article_id: string }>(file) : [][Symbol.iterator]();
    this.advance();
  }

  private advance(): void {
    const step = this.rows.next();
    this.next = step.done ? undefined : step.value[0];
    this.nextText = step.done ? '' : step.value[1];
  }

  /** The rows of `articleId` at the front; each row's text goes into `digest`. */
  take(articleId: string, digest: Hash): unknown[] {
    const taken: unknown[] = [];
    const texts: string[] = [];
    while (this.next && this.next.article_id === articleId) {
      taken.push(this.next);
      texts.push(this.nextText);
      this.advance();
    }
    // One update per table: a call per row cost more than hashing the bytes.
    digest.update(`\0${this.table}\0${texts.join('\n')}`);
    return taken;
  }

  /** Throws when rows are left after the last article. */
  finish(): void {
    if (this.next)
      throw new Error(
        `${this.table}: row for article "${this.next.article_id}" is out of the articles' order or names an article that is not in articles.json`,
      );
  }
}

/** An article's rows, with a hash of the exact text of every one of them (its article row included). */
export interface DigestedGroup {
  group: ArticleGroup;
  /** SHA-256 of the rows' JSON text, table by table: equal digests, equal rows. */
  digest: string;
}

/** `tableFiles` maps a table name to its JSON twin; a table the dataset does not have is read as empty. */
export function* articleGroups(dir: string, tableFiles: ReadonlyMap<string, string>): Generator<ArticleGroup> {
  for (const { group } of digestedArticleGroups(dir, tableFiles)) yield group;
}

/**
 * `articleGroups` with each article's digest, taken from the lines as read: hashing the rows' own text spares
 * serializing every row again to key the files made from it (at 10,000 articles that was about a sixth of a
 * warm site-data step).
 */
export function* digestedArticleGroups(dir: string, tableFiles: ReadonlyMap<string, string>): Generator<DigestedGroup> {
  const articlesFile = tableFiles.get('articles');
  if (!articlesFile) throw new Error(`${join(dir, 'datapackage.json')}: no articles table`);
  const cursors = Object.entries(ARTICLE_TABLES).map(
    ([field, table]) => [field as GroupField, new TableCursor(table, tableFiles.get(table))] as const,
  );
  for (const [article, text] of jsonRowsWithText<ArticlesRow>(articlesFile)) {
    const group = { article } as ArticleGroup;
    const digest = createHash('sha256').update(text);
    for (const [field, cursor] of cursors)
      (group as unknown as Record<string, unknown[]>)[field] = cursor.take(article.article_id, digest);
    yield { group, digest: digest.digest('hex') };
  }
  for (const [, cursor] of cursors) cursor.finish();
}
