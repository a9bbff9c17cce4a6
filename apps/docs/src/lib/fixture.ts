/** The hostile-markup fixture article (test/fixtures/hostile-article.json), for the /checks/escaping/ page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRows } from './article-view.ts';
import type { ArticlesRow } from './dataset.ts';
import { DOCS_DIR } from './paths.ts';

export interface FixtureArticle extends ArticleRows {
  article: ArticlesRow;
}

export const HOSTILE_FIXTURE_FILE = join(DOCS_DIR, 'test', 'fixtures', 'hostile-article.json');

export function hostileFixture(): FixtureArticle {
  return JSON.parse(readFileSync(HOSTILE_FIXTURE_FILE, 'utf8')) as FixtureArticle;
}
