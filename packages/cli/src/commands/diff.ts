import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  defaultPaths,
  diffFoldersWithTombstones,
  findWorkspaceRoot,
  renderDiffMarkdown,
  renderDiffSummary,
  renderTombstonesCsv,
} from '@dossier/release';
import { SCHEMAS_DIR } from '@dossier/schema';
import { EXIT, type Command } from '../command.js';

const usage = `Usage: dossier diff OLD NEW [--json FILE] [--markdown FILE] [--tombstones FILE] [--full]

Compares two datasets table by table, matching rows by primary key: rows added, removed, changed
(with their field deltas) and moved (same ID and values, only offsets, paragraph or sentence
differ: text was edited elsewhere in the article), and schema changes (columns added, removed, renamed, retyped,
reordered; primary keys; constraints). Classifies the change with the Frictionless data-package
versioning rules: breaking schema change, or removed IDs that other tables reference → major;
new rows or columns → minor; corrected values, moved rows, or removed rows nothing references → patch.
Each dataset is read through its datapackage.json, as a consumer would.

OLD and NEW are dataset folders (holding datapackage.json), release versions from data/releases
(e.g. 1.0.0), or "latest" (the newest release).

Options:
  --json FILE      write the whole diff as JSON ("-" for stdout)
  --markdown FILE  write the row-by-row Markdown report
  --tombstones FILE  write tombstones.csv for this comparison: every ID of OLD that NEW lacks, with
                   its reason (schemas/tombstones.schema.json); a release writes its own, cumulative
  --full           print every added, removed, changed and moved row, not just the summary
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
        tombstones: { type: 'string' },
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
    // Tombstones and crosswalk rows are checked against the schemas this code was built with, so that the
    // command works from any folder, not only inside a Dossier workspace.
    const paths = { ...defaultPaths(values.root ?? findWorkspaceRoot(process.cwd())), schemas: SCHEMAS_DIR };
    const { diff: result, tombstones } = diffFoldersWithTombstones(positionals[0]!, positionals[1]!, paths);
    const json = `${JSON.stringify(result, null, 2)}\n`;
    if (values.json === '-') {
      process.stdout.write(json);
      return EXIT.ok;
    }
    if (values.json) writeFileSync(values.json, json);
    if (values.markdown) writeFileSync(values.markdown, renderDiffMarkdown(result));
    if (values.tombstones) writeFileSync(values.tombstones, renderTombstonesCsv(tombstones));
    process.stdout.write(values.full ? renderDiffMarkdown(result) : renderDiffSummary(result));
    return EXIT.ok;
  },
};
