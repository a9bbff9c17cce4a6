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
import { jsonRowsWithText, jsonRowTexts, parseRow, type RowText } from './json-rows.ts';

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

/**
 * The article a row belongs to, read from its text: every row of an article-scoped table has an `article_id`
 * column, and in a JSON object with no nested objects the first `"article_id":"` is that key (inside a string
 * every quote is escaped). Text of another shape is parsed whole.
 */
const ARTICLE_ID = /"article_id":"((?:[^"\\]|\\.)*)"/u;

function articleIdOf(file: string, { text, line }: RowText): string {
  const found = ARTICLE_ID.exec(text);
  if (found) return found[1]!.includes('\\') ? (JSON.parse(`"${found[1]}"`) as string) : found[1]!;
  return parseRow<{ article_id: string }>(file, line, text).article_id;
}

/** A table read ahead by one row, so that the rows of the current article can be taken off its front. */
class TableCursor {
  private readonly rows: Iterator<RowText>;
  private next: RowText | undefined;
  private nextArticle = '';

  constructor(
    readonly table: string,
    private readonly file: string | undefined,
  ) {
    this.rows = file ? jsonRowTexts(file) : [][Symbol.iterator]();
    this.advance();
  }

  private advance(): void {
    const step = this.rows.next();
    this.next = step.done ? undefined : step.value;
    this.nextArticle = this.next ? articleIdOf(this.file!, this.next) : '';
  }

  /** The rows of `articleId` at the front, as text; their text goes into `digest`. */
  take(articleId: string, digest: Hash): RowText[] {
    const taken: RowText[] = [];
    while (this.next && this.nextArticle === articleId) {
      taken.push(this.next);
      this.advance();
    }
    // One update per table: a call per row cost more than hashing the bytes.
    digest.update(`\0${this.table}\0${taken.map((r) => r.text).join('\n')}`);
    return taken;
  }

  parse(rows: readonly RowText[]): unknown[] {
    return rows.map(({ line, text }) => parseRow(this.file!, line, text));
  }

  /** Throws when rows are left after the last article. */
  finish(): void {
    if (this.next)
      throw new Error(
        `${this.table}: row for article "${this.nextArticle}" is out of the articles' order or names an article that is not in articles.json`,
      );
  }
}

/** An article's rows, with a hash of the exact text of every one of them (its article row included). */
export interface DigestedGroup {
  group: ArticleGroup;
  /** SHA-256 of the rows' JSON text, table by table: equal digests, equal rows. */
  digest: string;
}

/**
 * An article row with the text of its rows and their digest; the rows are parsed only when asked for (a warm
 * site-data step reuses most articles' files and their summaries, src/lib/article-summary.ts, and parsing
 * every row of every table was a large part of its time).
 */
export interface RawArticleGroup {
  article: ArticlesRow;
  /** SHA-256 of the rows' JSON text, table by table: equal digests, equal rows. */
  digest: string;
  /** The article's rows, parsed on the first call. */
  rows(): ArticleGroup;
}

/** `tableFiles` maps a table name to its JSON twin; a table the dataset does not have is read as empty. */
export function* articleGroups(dir: string, tableFiles: ReadonlyMap<string, string>): Generator<ArticleGroup> {
  for (const raw of rawArticleGroups(dir, tableFiles)) yield raw.rows();
}

/**
 * `articleGroups` with each article's digest, taken from the lines as read: hashing the rows' own text spares
 * serializing every row again to key the files made from it (at 10,000 articles that was about a sixth of a
 * warm site-data step).
 */
export function* digestedArticleGroups(dir: string, tableFiles: ReadonlyMap<string, string>): Generator<DigestedGroup> {
  for (const raw of rawArticleGroups(dir, tableFiles)) yield { group: raw.rows(), digest: raw.digest };
}

/** The articles in the order of articles.json, each with its rows as text (see RawArticleGroup). */
export function* rawArticleGroups(dir: string, tableFiles: ReadonlyMap<string, string>): Generator<RawArticleGroup> {
  const articlesFile = tableFiles.get('articles');
  if (!articlesFile) throw new Error(`${join(dir, 'datapackage.json')}: no articles table`);
  const cursors = Object.entries(ARTICLE_TABLES).map(
    ([field, table]) => [field as GroupField, new TableCursor(table, tableFiles.get(table))] as const,
  );
  for (const [article, text] of jsonRowsWithText<ArticlesRow>(articlesFile)) {
    const digest = createHash('sha256').update(text);
    const taken = cursors.map(([field, cursor]) => [field, cursor, cursor.take(article.article_id, digest)] as const);
    let parsed: ArticleGroup | undefined;
    const rows = () => {
      if (parsed) return parsed;
      const group = { article } as ArticleGroup;
      for (const [field, cursor, texts] of taken)
        (group as unknown as Record<string, unknown[]>)[field] = cursor.parse(texts);
      parsed = group;
      return group;
    };
    yield { article, digest: digest.digest('hex'), rows };
  }
  for (const [, cursor] of cursors) cursor.finish();
}
