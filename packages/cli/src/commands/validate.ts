import { parseArgs } from 'node:util';
import { formatDiagnostic } from '@dossier/core';
import { checkParquetTwins, readDataset, validateTables } from '@dossier/validate';
import { EXIT, type Command } from '../command.js';

const usage = `Usage: dossier validate DIR

Reads a built dataset folder as a consumer would (datapackage.json, then each CSV typed by its
Table Schema) and checks: file sizes and hashes, CSV headers, every row against the JSON Schemas,
primary keys, foreign keys, body[start:end] == text for every span, and that each JSON file holds
the same rows as its CSV, and each Parquet file too (read by hyparquet, not by DuckDB, which
writes them).

Exit codes: 0 valid, 1 problems found (one line each), 2 bad command line.`;

export const validate: Command = {
  name: 'validate',
  summary: 'check a built dataset folder',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) {
      process.stderr.write(
        `dossier validate: expected one folder, found ${positionals.length} arguments\n\n${usage}\n`,
      );
      return EXIT.usage;
    }
    const dir = positionals[0]!;
    const { datapackage, tables, diagnostics } = readDataset(dir);
    const problems = [
      ...diagnostics,
      ...(await checkParquetTwins(dir, datapackage, tables)),
      ...validateTables(tables),
    ];
    for (const d of problems) process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (problems.length) {
      process.stderr.write(`${dir}: ${problems.length} problem(s)\n`);
      return EXIT.dataError;
    }
    const rows = Object.values(tables).reduce((n, t) => n + t.length, 0);
    process.stdout.write(`${dir}: valid (${Object.keys(tables).length} tables, ${rows} rows)\n`);
    return EXIT.ok;
  },
};
