/**
 * The dataset one article at a time: the article row and the rows of every article-scoped table that belong
 * to it. Every such table is sorted by a row ID that starts with the article ID, so the tables are read in
 * step with articles.json and only one article's rows are in memory. A row that is out of that order (or
 * points to an article that is not in articles.json) is reported with its table.
 */
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
import { jsonRows } from './json-rows.ts';

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
  private readonly rows: Iterator<{ article_id: string }>;
  private next: { article_id: string } | undefined;

  constructor(
    readonly table: string,
    file: string | undefined,
  ) {
    this.rows = file ? jsonRows<{ article_id: string }>(file) : [][Symbol.iterator]();
    this.advance();
  }

  private advance(): void {
    const step = this.rows.next();
    this.next = step.done ? undefined : step.value;
  }

  take(articleId: string): unknown[] {
    const taken: unknown[] = [];
    while (this.next && this.next.article_id === articleId) {
      taken.push(this.next);
      this.advance();
    }
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

/** `tableFiles` maps a table name to its JSON twin; a table the dataset does not have is read as empty. */
export function* articleGroups(dir: string, tableFiles: ReadonlyMap<string, string>): Generator<ArticleGroup> {
  const articlesFile = tableFiles.get('articles');
  if (!articlesFile) throw new Error(`${join(dir, 'datapackage.json')}: no articles table`);
  const cursors = Object.entries(ARTICLE_TABLES).map(
    ([field, table]) => [field as GroupField, new TableCursor(table, tableFiles.get(table))] as const,
  );
  for (const article of jsonRows<ArticlesRow>(articlesFile)) {
    const group = { article } as ArticleGroup;
    for (const [field, cursor] of cursors)
      (group as unknown as Record<string, unknown[]>)[field] = cursor.take(article.article_id);
    yield group;
  }
  for (const [, cursor] of cursors) cursor.finish();
}
