import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { crosswalkFolders, defaultPaths, findWorkspaceRoot, renderCrosswalkCsv } from '@dossier/release';
import { SCHEMAS_DIR } from '@dossier/schema';
import { EXIT, type Command } from '../command.js';

const usage = `Usage: dossier crosswalk OLD NEW [--out FILE]

Maps the IDs of OLD to the IDs of NEW for the rows that are the same in both: same table, same
article (unchanged text), same span and text, different ID. That is what changes when the ID
scheme changes: releases 1.x named span rows by their offsets ("<article>#m302-312"), 2.0.0 by
their text and occurrence ("<article>#m-bill-burns.1"). Join your own data on old_id to move it
to new_id. Rows whose ID did not change are not listed.

Writes CSV with the columns table, old_id, new_id (schemas/crosswalk.schema.json), sorted by
table and old_id. \`dossier release\` writes the same file as crosswalk.csv into the release
folder whenever some row's ID changed since the previous release.

OLD and NEW are dataset folders (holding datapackage.json), release versions from data/releases
(e.g. 1.1.0), or "latest" (the newest release).

Options:
  --out FILE   write the CSV there (default: stdout); written to FILE.tmp, then renamed
  --root DIR   workspace root for release versions (default: nearest folder with pnpm-workspace.yaml)
  -h, --help   show this help

Example: dossier crosswalk 1.1.0 data/dist --out /tmp/crosswalk.csv

Exit codes: 0 written, 1 a dataset is missing or damaged, 2 bad command line.`;

export const crosswalk: Command = {
  name: 'crosswalk',
  summary: 'map the row IDs of one dataset or release to those of another (after an ID scheme change)',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
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
      process.stderr.write(
        `dossier crosswalk: expected OLD and NEW, found ${positionals.length} argument(s)\n\n${usage}\n`,
      );
      return EXIT.usage;
    }
    // Tombstones and crosswalk rows are checked against the schemas this code was built with, so that the
    // command works from any folder, not only inside a Dossier workspace.
    const paths = { ...defaultPaths(values.root ?? findWorkspaceRoot(process.cwd())), schemas: SCHEMAS_DIR };
    const rows = crosswalkFolders(positionals[0]!, positionals[1]!, paths);
    const csv = renderCrosswalkCsv(rows);
    if (!values.out) {
      process.stdout.write(csv);
      return EXIT.ok;
    }
    writeFileSync(`${values.out}.tmp`, csv);
    renameSync(`${values.out}.tmp`, values.out);
    const tables = [...new Set(rows.map((r) => r.table))];
    process.stderr.write(
      `wrote ${values.out}: ${rows.length} ID(s) mapped${tables.length ? ` in ${tables.join(', ')}` : ''}\n`,
    );
    return EXIT.ok;
  },
};
