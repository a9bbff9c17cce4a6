import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { publicationDay, runImport, type ImportFormat } from '@dossier/import';
import { EXIT, type Command } from '../command.js';

const usage = `Usage: dossier import --from html|jsonl --input DIR|FILE --out DIR [--date YYYY-MM-DD]

Turns saved news into Dossier article files, one per article, in the format of data/raw/ (a header, a
"# headline" line, a blank line, one paragraph per line), and records each article's source in
DIR/sources.json (its URL, its title and the file it came from). Then run: dossier build --input DIR.

  --from html    saved web pages (*.html, *.htm, *.html.gz). The main text is found with Mozilla's
                 Readability; captions, bylines, "read more" links and newsletter boxes are dropped.
                 Date, authors, publisher and headline come from the page's JSON-LD NewsArticle,
                 then its OpenGraph and article:* meta tags, then its visible byline.
  --from jsonl   JSON Lines (*.jsonl, *.jsonl.gz), one article per line: "text" or "body",
                 "published", "authors", "outlet", "url", "title". A bad line is reported with its
                 line number and skipped.
  --input        a folder (every matching file directly in it) or one file
  --out          the folder to write into (created if needed; files are written to a temporary name
                 and renamed, and importing the same input again gives byte-identical files)
  --date         the publication day for inputs that declare none; without it they are refused,
                 because the date the page was saved is not the date it was published

Nothing is fetched from the network. Exit codes: 0 everything imported, 1 some input refused (each
named with its reason; the rest is imported), 2 bad command line.`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const importCommand: Command = {
  name: 'import',
  summary: 'turn saved web pages or JSON Lines into article files',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        input: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    const fail = (message: string) => {
      process.stderr.write(`dossier import: ${message}\n\n${usage}\n`);
      return EXIT.usage;
    };
    if (values.from !== 'html' && values.from !== 'jsonl') return fail('--from must be html or jsonl');
    if (!values.input || !values.out) return fail('expected --input DIR|FILE and --out DIR');
    if (!existsSync(values.input)) return fail(`the input ${values.input} does not exist`);
    if (values.date !== undefined && (!DAY.test(values.date) || publicationDay(values.date) !== values.date))
      return fail(`--date must be YYYY-MM-DD, got "${values.date}"`);

    const { written, refusals } = runImport({
      from: values.from as ImportFormat,
      input: values.input,
      out: values.out,
      date: values.date,
    });
    for (const r of refusals) process.stderr.write(`refused ${r.message}\n`);
    process.stdout.write(
      `${values.out}: ${written.length} article file(s) written${refusals.length ? `, ${refusals.length} input(s) refused` : ''}\n`,
    );
    return refusals.length ? EXIT.dataError : EXIT.ok;
  },
};
