/** Renders the data dictionary (Markdown) from the schemas: one section per table, one row per column. */
import { loadSchemas } from './load.js';
import { isNullable, toFrictionlessField } from './table-schema.js';

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderDataDictionary(): string {
  const { base, tables } = loadSchemas();
  const lines: string[] = [
    '<!-- Generated from schemas/*.json by `pnpm gen:types`. Do not edit by hand: a test fails when it drifts. -->',
    '# Data dictionary',
    '',
    base.description,
    '',
    [
      'Every table ships as `<table>.csv` (UTF-8, no BOM, header row, RFC 4180 quoting, `\\n` line ends)',
      'and `<table>.json` (an array of objects), and is described in `datapackage.json`.',
      'An empty CSV cell and a JSON `null` both mean "no value".',
      'Offsets (`start`, `end`) are 0-based, end-exclusive, in Unicode code points of `articles.body`.',
    ].join(' '),
    '',
  ];
  for (const t of tables) {
    lines.push(`## ${t['x-table']}`, '', t.description, '');
    lines.push(`- Primary key: ${t['x-primaryKey'].map((k) => `\`${k}\``).join(', ')}`);
    for (const fk of t['x-foreignKeys']) {
      const target = `\`${fk.reference.resource}\`.${fk.reference.fields.map((f) => `\`${f}\``).join(', ')}`;
      lines.push(`- Foreign key: ${fk.fields.map((f) => `\`${f}\``).join(', ')} → ${target}`);
    }
    lines.push(`- Sorted by: ${t['x-sortBy'].map((k) => `\`${k}\``).join(', ')}`, '');
    lines.push('| column | type | nullable | description | example |', '|---|---|---|---|---|');
    for (const [name, column] of Object.entries(t.properties)) {
      const field = toFrictionlessField(name, column);
      const enumText = field.constraints?.enum
        ? ` One of: ${field.constraints.enum.map((v) => `\`${String(v)}\``).join(', ')}.`
        : '';
      lines.push(
        `| \`${name}\` | ${field.type} | ${isNullable(column) ? 'yes' : 'no'} | ${cell(column.description + enumText)} | ${cell(field.example)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
