/**
 * Reads the PolNeAR folder in place (never copied into the repository): metadata.tsv, then for each article of
 * the chosen compartment (`train` or `dev`) its text and one annotator's attributions.
 *
 * Several annotators: most articles have one `.ann` file; some have several (suffix `_xxxx`, the annotator's
 * code). Their attributions are not merged (merging disagreeing spans would invent an annotation nobody made):
 * the file of the annotator that sorts first is used, so the choice is deterministic and independent of our
 * output.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { polnearArticle, type PolnearArticle } from './article.js';
import { parseAnn, type PolnearAttribution } from './parse.js';

export type PolnearSplit = 'train' | 'dev';

export interface PolnearDoc {
  name: string;
  annotator: string;
  text: string;
  article: PolnearArticle;
  attributions: PolnearAttribution[];
}

interface Metadata {
  compartment: string;
  published: string;
  publisher: string;
}

function readMetadata(dir: string): Map<string, Metadata> {
  const [header, ...rows] = readFileSync(join(dir, 'metadata.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const column = (name: string) => header!.split('\t').indexOf(name);
  const [c, f, d, p] = ['compartment', 'filename', 'publication_date', 'publisher'].map(column) as [
    number,
    number,
    number,
    number,
  ];
  const found = new Map<string, Metadata>();
  for (const row of rows) {
    const cells = row.split('\t');
    found.set(cells[f]!, { compartment: cells[c]!, published: cells[d]!, publisher: cells[p]! });
  }
  return found;
}

/** The articles of one split, sorted by name; `limit` keeps the first N (for quick tuning runs). */
export function loadPolnear(dir: string, split: PolnearSplit, limit = Infinity): PolnearDoc[] {
  const metadata = readMetadata(dir);
  const splitDir = join(dir, split);
  const annDir = join(splitDir, 'attributions');
  const annFiles = existsSync(annDir)
    ? readdirSync(annDir)
        .filter((n) => n.endsWith('.ann'))
        .sort()
    : [];
  const firstAnnotator = new Map<string, string>();
  for (const file of annFiles) {
    const m = /^(.*)_([0-9a-f]{4})\.ann$/.exec(file);
    if (m && !firstAnnotator.has(m[1]!)) firstAnnotator.set(m[1]!, m[2]!);
  }
  const docs: PolnearDoc[] = [];
  for (const [name, annotator] of [...firstAnnotator].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (docs.length >= limit) break;
    const meta = metadata.get(name);
    const textFile = join(splitDir, 'text', `${name}.txt`);
    if (!meta || !existsSync(textFile)) continue;
    const text = readFileSync(textFile, 'utf8');
    const attributions = parseAnn(readFileSync(join(annDir, `${name}_${annotator}.ann`), 'utf8'));
    docs.push({
      name,
      annotator,
      text,
      article: polnearArticle(name, text, meta.published, meta.publisher),
      attributions,
    });
  }
  return docs;
}

export function writePolnearArticles(docs: readonly PolnearDoc[], inputDir: string): void {
  for (const { article } of docs) writeFileSync(join(inputDir, article.fileName), article.content);
}
