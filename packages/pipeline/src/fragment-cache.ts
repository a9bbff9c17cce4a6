/**
 * The corpus step's half of the incremental build: each article's rows as rendered into the tables' CSV and
 * JSON, kept beside the per-article cache. Adding one article to a corpus of 100,000 reprocesses one article,
 * but without this the corpus step would still resolve, sort, validate and render every row of the other
 * 99,999; with it, an article whose final rows cannot have changed is copied from its fragment.
 *
 * An article's final rows are a function of its per-article outcome (named by its cache key, which hashes its
 * bytes, its file name and the per-article code), of the global entity ID each of its local entities resolved
 * to (the only cross-article input), and of the code that resolves, sorts, validates and renders (the corpus
 * code: @dossier/assemble, normalize, validate, export, schema and this package). The fragment's key hashes
 * all three, so a fragment is found only where recomputing it would give the same bytes. A fragment is stored
 * only once its article passed validation; an entry that does not verify is a miss, recomputed and rewritten.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RenderedRows } from '@dossier/export';
import { packagesHash } from './cache.js';

/** Bump when the shape of a fragment changes. */
const FRAGMENT_FORMAT = 1;

/** The packages whose code turns an article's outcome and entity IDs into its rendered rows. */
const CORPUS_PACKAGES = [
  '@dossier/core',
  '@dossier/schema',
  '@dossier/normalize',
  '@dossier/assemble',
  '@dossier/validate',
  '@dossier/export',
  '@dossier/pipeline',
];

/** One article's share of the dataset: its rendered rows per table and what the entities table counts of it. */
export interface ArticleFragment {
  tables: Record<string, RenderedRows>;
  /** The global entity ID of each of its mentions, in order (for mention_count and article_count). */
  mentionEntityIds: string[];
}

let writes = 0;

export class FragmentCache {
  hits = 0;
  misses = 0;
  private readonly fingerprint: string;

  constructor(readonly dir: string) {
    this.fingerprint = createHash('sha256')
      .update(`fragment format ${FRAGMENT_FORMAT}\0corpus code ${packagesHash(CORPUS_PACKAGES)}`)
      .digest('hex');
  }

  /**
   * The key of an article's fragment: its per-article cache key and its entity map (each local key with the
   * global ID it resolved to, in the order of its local entities, which the outcome fixes).
   */
  keyOf(articleKey: string, entityMap: Array<[string, string]>): string {
    const hash = createHash('sha256').update(`${this.fingerprint}\0${articleKey}\0`);
    for (const [local, global] of entityMap) hash.update(`${local}\0${global}\0`);
    return hash.digest('hex');
  }

  get(key: string): ArticleFragment | undefined {
    let text: string;
    try {
      text = readFileSync(this.pathOf(key), 'utf8');
    } catch {
      this.misses++;
      return undefined;
    }
    const fragment = openFragment(text, key);
    if (fragment) this.hits++;
    else this.misses++;
    return fragment;
  }

  /** Written temp-then-rename, so a reader never sees half a fragment. */
  set(key: string, fragment: ArticleFragment): void {
    const path = this.pathOf(key);
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.tmp-${process.pid}-${++writes}`;
    writeFileSync(temp, sealFragment(key, fragment));
    renameSync(temp, path);
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** A header line (format, key, SHA-256 of the content) then the fragment as JSON. */
function sealFragment(key: string, fragment: ArticleFragment): string {
  const content = JSON.stringify(fragment);
  const contentSha256 = createHash('sha256').update(content).digest('hex');
  return `${JSON.stringify({ format: FRAGMENT_FORMAT, key, contentSha256 })}\n${content}`;
}

/** The fragment, if the text is one sealed for this key whose content matches its hash; else undefined. */
function openFragment(text: string, key: string): ArticleFragment | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    const content = text.slice(newline + 1);
    if (header.format !== FRAGMENT_FORMAT || header.key !== key) return undefined;
    if (header.contentSha256 !== createHash('sha256').update(content).digest('hex')) return undefined;
    const fragment = JSON.parse(content) as ArticleFragment;
    return isFragment(fragment) ? fragment : undefined;
  } catch {
    return undefined;
  }
}

function isFragment(value: ArticleFragment): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray(value.mentionEntityIds) &&
    typeof value.tables === 'object' &&
    value.tables !== null &&
    Object.values(value.tables).every(
      (t) => typeof t.rows === 'number' && typeof t.csv === 'string' && typeof t.json === 'string',
    )
  );
}
