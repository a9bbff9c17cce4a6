/**
 * A per-article cache for the expensive per-article stages (ingest + extract).
 *
 * An entry is valid only for the exact inputs that produced it, so its key hashes:
 * - the article's file name and the SHA-256 of its raw bytes (the name is part of the key because the
 *   article ID and every diagnostic are derived from it);
 * - the code that processes an article: every compiled file of the per-article packages
 *   (core, ingest, extract, normalize, assemble, lexicons, pipeline) plus their package.json (dependency versions);
 * - lexiconsHash() from @dossier/lexicons (editing a lexicon reprocesses every article);
 * - the table schemas (schemas/*.json).
 * The value is the ArticleOutcome without timings, as JSON, under a header line carrying the SHA-256 of that
 * JSON, the key and the source file's hash (cache-verify.ts). Entries are written atomically (temp file +
 * rename), so two builds sharing a cache never read a half-written entry; an entry that does not verify
 * (edited, truncated, malformed, for other bytes) is a miss with a warning naming the entry, and is rewritten.
 */
import { openForReading } from './open-for-reading.js';
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconsHash } from '@dossier/lexicons';
import { SCHEMAS_DIR } from '@dossier/schema';
import { warning, type Diagnostic } from '@dossier/core';
import type { ArticleOutcome } from './process.js';
import { digestProblem, openDigest, openEntry, sealEntryWithDigest, type CachedDigest } from './cache-verify.js';
import { DigestIndex, DigestIndexWriter } from './digest-index.js';

let writes = 0;

const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');

/** Bump when the shape of a cache entry changes. */
const CACHE_FORMAT = 5;

/** The packages whose code decides what processArticle returns. */
const PER_ARTICLE_PACKAGES = [
  '@dossier/core',
  '@dossier/ingest',
  '@dossier/extract',
  '@dossier/normalize',
  '@dossier/assemble',
  '@dossier/lexicons',
  '@dossier/pipeline',
];

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(entry.name)) out.push(path);
  }
  return out.sort();
}

/**
 * Hash of the code that runs per article. Each package is found the way Node finds it (its exports
 * entry), and every compiled .js file of its dist/ is hashed, so rebuilding a changed extractor invalidates
 * the cache. When this module itself runs from TypeScript source (vitest aliases every @dossier package to
 * its src/), the src/ .ts files are hashed instead, so a test never reads an entry made by other code.
 */
export function codeHash(): string {
  return packagesHash(PER_ARTICLE_PACKAGES);
}

/** Hash of the code and package.json of these packages (see codeHash); fragment-cache.ts hashes the corpus code. */
export function packagesHash(names: readonly string[]): string {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  for (const name of names) {
    // This package is found from this file (src/ or dist/ sit one level below the package folder).
    const packageDir =
      name === '@dossier/pipeline'
        ? fileURLToPath(new URL('..', import.meta.url))
        : dirname(dirname(require.resolve(name)));
    const codeDir = join(packageDir, RUNNING_FROM_SOURCE ? 'src' : 'dist');
    hash.update(name).update('\0');
    hash.update(readFileSync(join(packageDir, 'package.json'))).update('\0');
    let files: string[] = [];
    try {
      if (statSync(codeDir).isDirectory())
        files = filesUnder(
          codeDir,
          RUNNING_FROM_SOURCE ? (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') : (f) => f.endsWith('.js'),
        );
    } catch {
      // A package that is not built yet contributes only its package.json; a build changes the key.
    }
    for (const file of files)
      hash.update(file.slice(codeDir.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function schemasHash(): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(SCHEMAS_DIR, (f) => f.endsWith('.json'))) {
    hash.update(file.slice(SCHEMAS_DIR.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Everything except the article itself that decides a cache entry's validity. */
export function pipelineFingerprint(): string {
  return createHash('sha256')
    .update(`format ${CACHE_FORMAT}\0code ${codeHash()}\0lexicons ${lexiconsHash()}\0schemas ${schemasHash()}`)
    .digest('hex');
}

export type CachedOutcome = Omit<ArticleOutcome, 'timings'>;

export class ArticleCache {
  readonly hits: string[] = [];
  readonly misses: string[] = [];
  /** One per entry that existed but did not verify. */
  readonly warnings: Diagnostic[] = [];
  /** SHA-256 of the source bytes, by key (keyOf computes it; get and set check and record it). */
  private readonly sourceHashes = new Map<string, string>();
  /** The previous streamed build's digests (digest-index.ts), read by getDigest before any entry's header. */
  private digestIndex: DigestIndex | undefined;
  /** This build's digest index, filled by getDigest and set while startDigestIndex's build runs. */
  private digestWriter: DigestIndexWriter | undefined;

  constructor(
    readonly dir: string,
    readonly fingerprint: string = pipelineFingerprint(),
  ) {}

  keyOf(sourceFile: string, bytes: Uint8Array): string {
    return this.keyOfContent(sourceFile, createHash('sha256').update(bytes).digest('hex'));
  }

  /** keyOf for bytes whose SHA-256 (hex) is known (source-stats.ts). */
  keyOfContent(sourceFile: string, contentSha256: string): string {
    const key = createHash('sha256').update(`${this.fingerprint}\0${sourceFile}\0${contentSha256}`).digest('hex');
    this.sourceHashes.set(key, contentSha256);
    return key;
  }

  /** The SHA-256 of the source bytes a key was computed from (keyOf). */
  contentHashOf(key: string): string | undefined {
    return this.sourceHashes.get(key);
  }

  /** Where the entry for `key` lives. */
  pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  private expected(sourceFile: string, key: string) {
    return { format: CACHE_FORMAT, key, sourceFile, sourceSha256: this.sourceHashes.get(key) ?? '' };
  }

  /** The verified entry, or undefined (a miss). With `sourceBytes`, the entry's body is checked against them too. */
  get(sourceFile: string, key: string, sourceBytes?: Uint8Array): CachedOutcome | undefined {
    const opened = this.open(sourceFile, key, sourceBytes);
    if ('outcome' in opened) {
      this.hits.push(sourceFile);
      return opened.outcome;
    }
    this.misses.push(sourceFile);
    if (opened.problem !== undefined) this.warnings.push(this.invalidEntry(sourceFile, key, opened.problem));
    return undefined;
  }

  /**
   * The whole entry of an article whose digest was a hit (getDigest), for its rows: not counted again. The
   * problem, if any, is a warning's (invalidEntry); undefined when the entry is gone.
   */
  open(
    sourceFile: string,
    key: string,
    sourceBytes?: Uint8Array,
  ): { outcome: CachedOutcome } | { problem: string | undefined } {
    let text: string;
    try {
      text = readFileSync(this.pathOf(key), 'utf8');
    } catch {
      return { problem: undefined };
    }
    return openEntry(text, this.expected(sourceFile, key), sourceBytes);
  }

  invalidEntry(sourceFile: string, key: string, problem: string): Diagnostic {
    return warning({
      ruleId: 'pipeline/cache-entry-invalid',
      source: 'pipeline',
      place: { file: this.pathOf(key) },
      message: `the cache entry for ${sourceFile} does not verify, so the article is processed afresh and the entry rewritten: ${problem}`,
      expected: 'an entry whose hash, key and source match',
      actual: problem,
    });
  }

  /**
   * The digest in a verified entry's header (cache-verify.ts), read without the rest of the entry: what a warm
   * streamed build needs of an unchanged article until its rows are asked for, if ever. Undefined when the
   * header does not verify or has no digest; the caller then reads the whole entry with get(), which counts
   * the miss and says why.
   */
  getDigest(sourceFile: string, key: string): CachedDigest | undefined {
    const digest = this.indexedDigest(sourceFile, key) ?? this.headerDigest(sourceFile, key);
    if (digest) this.hits.push(sourceFile);
    return digest;
  }

  /** From the previous build's digest index, where it has this key; the line goes into this build's index as it is. */
  private indexedDigest(sourceFile: string, key: string): CachedDigest | undefined {
    const json = this.digestIndex?.digestJson(key);
    if (json === undefined) return undefined;
    let digest: CachedDigest;
    try {
      digest = JSON.parse(json) as CachedDigest;
    } catch {
      return undefined;
    }
    if (digestProblem(digest, this.expected(sourceFile, key))) return undefined;
    this.digestWriter?.add(key, json);
    return digest;
  }

  private headerDigest(sourceFile: string, key: string): CachedDigest | undefined {
    const line = readFirstLine(this.pathOf(key));
    if (line === undefined) return undefined;
    const opened = openDigest(line, this.expected(sourceFile, key));
    if (!('digest' in opened)) return undefined;
    this.digestWriter?.add(key, JSON.stringify(opened.digest));
    return opened.digest;
  }

  /** Where the digest index lives: beside the entries' two-hex-digit folders. */
  get digestIndexPath(): string {
    return join(this.dir, 'digests', 'index');
  }

  /** Where the input files' recorded hashes live (source-stats.ts), beside the digest index they serve. */
  get sourceStatsPath(): string {
    return join(this.dir, 'digests', 'sources.json');
  }

  /**
   * Opens the previous build's digest index for getDigest and starts this build's: every digest served, and
   * every entry written with one (set), until finishDigestIndex.
   */
  startDigestIndex(): void {
    this.digestIndex = DigestIndex.open(this.digestIndexPath, CACHE_FORMAT);
    this.digestWriter = new DigestIndexWriter(this.digestIndexPath, CACHE_FORMAT);
  }

  /** Closes the previous index and, when `commit`, puts this build's in its place; else leaves the previous one. */
  finishDigestIndex(commit: boolean): void {
    this.digestIndex?.close();
    this.digestIndex = undefined;
    if (commit) this.digestWriter?.commit();
    else this.digestWriter?.abandon();
    this.digestWriter = undefined;
  }

  forget(key: string): void {
    rmSync(this.pathOf(key), { force: true });
    // The index may name the entry's digest: the next build would serve it from there and then miss its rows.
    // Dropped whole (a rare path: an article quarantined by validation); the next streamed build writes it again.
    rmSync(this.digestIndexPath, { force: true });
  }

  set(key: string, outcome: ArticleOutcome): void {
    const { timings: _timings, ...entry } = outcome;
    const path = this.pathOf(key);
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.tmp-${process.pid}-${++writes}`;
    const { text, digestJson } = sealEntryWithDigest(this.expected(outcome.sourceFile, key), entry);
    writeFileSync(temp, text);
    renameSync(temp, path);
    if (digestJson !== undefined) this.digestWriter?.add(key, digestJson);
  }
}

/** The text of a file up to its first newline (undefined if it cannot be read or has none), reading no more than needed. */
function readFirstLine(path: string): string | undefined {
  const fd = openForReading(path);
  if (fd === undefined) return undefined;
  try {
    const chunks: Buffer[] = [];
    for (let size = FIRST_READ_BYTES; ; size *= 2) {
      const chunk = Buffer.allocUnsafe(size);
      const n = readSync(fd, chunk, 0, size, null);
      if (n === 0) return undefined;
      const newline = chunk.subarray(0, n).indexOf(0x0a);
      if (newline >= 0) {
        chunks.push(chunk.subarray(0, newline));
        return Buffer.concat(chunks).toString('utf8');
      }
      chunks.push(chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/** A header with its digest is a few kilobytes (an article's local entities): one read holds most. */
const FIRST_READ_BYTES = 16 * 1024;
