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
const FRAGMENT_FORMAT = 2;

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
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.pathOf(key));
    } catch {
      this.misses++;
      return undefined;
    }
    const fragment = openFragment(bytes, key);
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
    return join(this.dir, key.slice(0, 2), `${key}.fragment`);
  }
}

/**
 * A header line (format, key, SHA-256 of everything after it), a line of JSON saying which tables the fragment
 * holds (name, rows, bytes of CSV, bytes of JSON) and its mentions' entity IDs, then the rendered text of each
 * table, CSV then JSON, as raw UTF-8. Not one JSON document: a warm build copies a fragment's bytes into the
 * tables as they are, where JSON would be decoded, unescaped and encoded again (for every article, every build).
 */
function sealFragment(key: string, fragment: ArticleFragment): Buffer {
  const parts: Buffer[] = [];
  const tables: Array<[string, number, number, number]> = [];
  for (const [name, rendered] of Object.entries(fragment.tables)) {
    const csv = asBytes(rendered.csv);
    const json = asBytes(rendered.json);
    tables.push([name, rendered.rows, csv.length, json.length]);
    parts.push(csv, json);
  }
  const content = Buffer.concat([
    Buffer.from(`${JSON.stringify({ tables, mentionEntityIds: fragment.mentionEntityIds })}\n`, 'utf8'),
    ...parts,
  ]);
  const contentSha256 = createHash('sha256').update(content).digest('hex');
  return Buffer.concat([
    Buffer.from(`${JSON.stringify({ format: FRAGMENT_FORMAT, key, contentSha256 })}\n`, 'utf8'),
    content,
  ]);
}

function asBytes(text: string | Uint8Array): Buffer {
  return typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.length);
}

/** The fragment, if the bytes are one sealed for this key whose content matches its hash; else undefined. */
function openFragment(bytes: Buffer, key: string): ArticleFragment | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Record<string, unknown>;
    if (header.format !== FRAGMENT_FORMAT || header.key !== key) return undefined;
    const content = bytes.subarray(newline + 1);
    if (header.contentSha256 !== createHash('sha256').update(content).digest('hex')) return undefined;
    const metaEnd = content.indexOf(0x0a);
    if (metaEnd < 0) return undefined;
    return fragmentOf(JSON.parse(content.toString('utf8', 0, metaEnd)) as FragmentMeta, content.subarray(metaEnd + 1));
  } catch {
    return undefined;
  }
}

interface FragmentMeta {
  tables: Array<[string, number, number, number]>;
  mentionEntityIds: string[];
}

/** The tables' text cut from the body by the lengths the meta line gives; undefined if they do not fit it exactly. */
function fragmentOf(meta: FragmentMeta, body: Buffer): ArticleFragment | undefined {
  if (typeof meta !== 'object' || meta === null || !Array.isArray(meta.tables)) return undefined;
  if (!Array.isArray(meta.mentionEntityIds) || !meta.mentionEntityIds.every((id) => typeof id === 'string'))
    return undefined;
  const tables: Record<string, RenderedRows> = {};
  let at = 0;
  for (const entry of meta.tables) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !entry.slice(1).every(isCount)) return undefined;
    const [name, rows, csvBytes, jsonBytes] = entry;
    if (at + csvBytes + jsonBytes > body.length) return undefined;
    tables[name] = {
      rows,
      csv: body.subarray(at, at + csvBytes),
      json: body.subarray(at + csvBytes, at + csvBytes + jsonBytes),
    };
    at += csvBytes + jsonBytes;
  }
  return at === body.length ? { tables, mentionEntityIds: meta.mentionEntityIds } : undefined;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}
