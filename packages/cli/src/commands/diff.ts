import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultPaths, diffFolders, findWorkspaceRoot, renderDiffMarkdown, renderDiffSummary } from '@dossier/release';
import { EXIT, type Command } from '../command.js';

const usage = `Usage: dossier diff OLD NEW [--json FILE] [--markdown FILE] [--full]

Compares two datasets table by table, matching rows by primary key: rows added, removed and
changed (with their field deltas), and schema changes (columns added, removed, renamed, retyped,
reordered; primary keys; constraints). Classifies the change with the Frictionless data-package
versioning rules: breaking schema change, or removed IDs that other tables reference → major;
new rows or columns → minor; corrected values, or removed rows nothing references → patch.
Each dataset is read through its datapackage.json, as a consumer would.

OLD and NEW are dataset folders (holding datapackage.json), release versions from data/releases
(e.g. 1.0.0), or "latest" (the newest release).

Options:
  --json FILE      write the whole diff as JSON ("-" for stdout)
  --markdown FILE  write the row-by-row Markdown report
  --full           print every added, removed and changed row, not just the summary
  --root DIR       workspace root for release versions (default: nearest folder with pnpm-workspace.yaml)
  -h, --help       show this help

Example: dossier diff latest data/dist --json /tmp/diff.json

Exit codes: 0 compared (whether or not anything changed), 1 a dataset is missing or damaged, 2 bad command line.`;

export const diff: Command = {
  name: 'diff',
  summary: 'compare two datasets or releases and classify the change (major/minor/patch)',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        json: { type: 'string' },
        markdown: { type: 'string' },
        full: { type: 'boolean', default: false },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 2) {
      process.stderr.write(`dossier diff: expected OLD and NEW, found ${positionals.length} argument(s)\n\n${usage}\n`);
      return EXIT.usage;
    }
    const paths = defaultPaths(values.root ?? findWorkspaceRoot(process.cwd()));
    const result = diffFolders(positionals[0]!, positionals[1]!, paths);
    const json = `${JSON.stringify(result, null, 2)}\n`;
    if (values.json === '-') {
      process.stdout.write(json);
      return EXIT.ok;
    }
    if (values.json) writeFileSync(values.json, json);
    if (values.markdown) writeFileSync(values.markdown, renderDiffMarkdown(result));
    process.stdout.write(values.full ? renderDiffMarkdown(result) : renderDiffSummary(result));
    return EXIT.ok;
  },
};
