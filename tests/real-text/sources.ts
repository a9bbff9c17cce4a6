/**
 * The real-text sources: benchmark corpora in ../shared/benchmarks, each turned into a folder of Dossier
 * article files by its converter. They are read in place, never copied into the repository. To add a source,
 * add one line to BENCHMARK_SOURCES: its folder and a function that writes its articles into a folder.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadConll,
  loadMeantime,
  loadTimeml,
  writeConllArticles,
  writeMeantimeArticles,
  writeTimemlArticles,
} from '@dossier/evaluate';

export const BENCHMARKS = fileURLToPath(new URL('../../../shared/benchmarks/', import.meta.url));

export interface BenchmarkSource {
  name: string;
  /** The benchmark's folder; the source is skipped when it is absent. */
  dir: string;
  /** Writes every article of the benchmark into `inputDir` as a Dossier article file. */
  write: (dir: string, inputDir: string) => void;
}

export const BENCHMARK_SOURCES: BenchmarkSource[] = [
  {
    name: 'MEANTIME',
    dir: join(BENCHMARKS, 'meantime'),
    write: (dir, inputDir) => writeMeantimeArticles(loadMeantime(dir), inputDir),
  },
  { name: 'PolNeAR train and dev', dir: join(BENCHMARKS, 'polnear-train-dev'), write: writePolnearArticles },
  {
    name: 'CoNLL-2003 dev',
    dir: join(BENCHMARKS, 'conll2003-dev'),
    write: (dir, inputDir) => writeConllArticles(loadConll(join(dir, 'valid.txt')), inputDir),
  },
  {
    name: 'TempEval-3 TimeBank and AQUAINT',
    dir: join(BENCHMARKS, 'tempeval3-train/TBAQ-cleaned'),
    write: (dir, inputDir) => writeTimemlArticles(loadTimeml(dir), inputDir),
  },
];

/**
 * PolNeAR ships plain texts (<compartment>/text/<filename>.txt: a title line, then paragraphs) and a
 * metadata.tsv with the publisher, the publication date and the byline of each. The header is made from
 * those; a text with no byline gets "By Staff".
 */
export function writePolnearArticles(dir: string, inputDir: string): void {
  const [head, ...lines] = readFileSync(join(dir, 'metadata.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const columns = head!.split('\t');
  const column = (cells: string[], name: string) => cells[columns.indexOf(name)]?.trim() ?? '';
  const byFile = new Map(lines.map((line) => line.split('\t')).map((cells) => [column(cells, 'filename'), cells]));
  for (const compartment of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const textDir = join(dir, compartment, 'text');
    for (const file of readdirSync(textDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const cells = byFile.get(file.slice(0, -'.txt'.length));
      if (!cells) throw new Error(`${join(textDir, file)}: no line in metadata.tsv`);
      const author = column(cells, 'author');
      const byline = author === '' || author === 'None' ? 'Staff' : author;
      const header = `date ${column(cells, 'publication_date')} By ${byline}, ${column(cells, 'publisher')}`;
      writeFileSync(join(inputDir, file), `${header}\n\n${readFileSync(join(textDir, file), 'utf8')}`);
    }
  }
}
