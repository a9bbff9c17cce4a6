/**
 * Validates a whole dataset in memory: every row against its JSON Schema, then what JSON Schema cannot say —
 * primary keys, foreign keys, spans that must round-trip into the article body. Collects every problem.
 */
import { error, type Diagnostic } from '@dossier/core';
import { loadSchemas, tableSchema } from '@dossier/schema';
import { rowValidators } from './ajv.js';

export type Row = Record<string, unknown>;
export type TableSet = Record<string, Row[]>;

const MAX_PER_RULE = 50;

function keyOf(row: Row, columns: string[]): string {
  if (columns.length === 1) return String(row[columns[0]!] ?? '');
  return columns.map((c) => String(row[c] ?? '')).join('|');
}

/**
 * Slices article bodies by code points. A body without surrogates has one code unit per code point, so a
 * plain slice is exact; the rest are split into code points once. Deliberately independent of the
 * CodePointIndex that produced the offsets, so this check can catch its mistakes.
 */
class CodePointSlicer {
  private readonly split = new Map<string, string[] | null>();
  constructor(private readonly bodies: Map<string, string>) {}

  /** The body's code points, or null when the body has no surrogates (code units are code points). */
  private codePoints(articleId: string, body: string): string[] | null {
    let cps = this.split.get(articleId);
    if (cps === undefined) {
      // No u flag: the class must match either half of a surrogate pair, not whole astral characters.
      cps = /[\uD800-\uDFFF]/.test(body) ? Array.from(body) : null;
      this.split.set(articleId, cps);
    }
    return cps;
  }

  /** Length in code points, or undefined for an unknown article. */
  length(articleId: string): number | undefined {
    const body = this.bodies.get(articleId);
    if (body === undefined) return undefined;
    return (this.codePoints(articleId, body) ?? body).length;
  }

  slice(articleId: string, start: number, end: number): string {
    const body = this.bodies.get(articleId)!;
    const cps = this.codePoints(articleId, body);
    return cps === null ? body.slice(start, end) : cps.slice(start, end).join('');
  }

  /** body[start:end] === text, without building the slice when code units are code points. */
  holds(articleId: string, start: number, end: number, text: string): boolean {
    const body = this.bodies.get(articleId)!;
    if (this.codePoints(articleId, body) === null) return end - start === text.length && body.startsWith(text, start);
    return this.slice(articleId, start, end) === text;
  }
}

/**
 * Remembers keys and tells whether one comes a second time, or is there at all. Keys are kept in one set per
 * prefix (the text before the first "#": the article in a span ID), so consecutive rows of one article hit a
 * small set that stays in the processor's cache, which is faster than one big set on a large dataset
 * (apps/bench/results/notes.md). Equal keys have equal prefixes, so no duplicate is missed, whatever the row
 * order.
 */
export class KeyRegister {
  private readonly byPrefix = new Map<string, Set<string>>();
  private prefix: string | undefined;
  private current = new Set<string>();

  /** True the first time a key is added, false when it was there already. */
  add(key: string): boolean {
    const set = this.setFor(key);
    const before = set.size;
    set.add(key);
    return set.size !== before;
  }

  has(key: string): boolean {
    return this.setFor(key).has(key);
  }

  private setFor(key: string): Set<string> {
    const hash = key.indexOf('#');
    const prefix = hash < 0 ? '' : key.slice(0, hash);
    if (prefix !== this.prefix) {
      this.prefix = prefix;
      let set = this.byPrefix.get(prefix);
      if (!set) this.byPrefix.set(prefix, (set = new Set<string>()));
      this.current = set;
    }
    return this.current;
  }
}

type TableSchema = ReturnType<typeof loadSchemas>['tables'][number];
type Report = (d: Omit<Diagnostic, 'severity' | 'source'>) => void;
type Validators = ReturnType<typeof rowValidators>;

/** Collects problems, at most MAX_PER_RULE listed per rule, and a line per rule saying how many more there were. */
class ProblemList {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly perRule = new Map<string, number>();

  readonly report: Report = (d) => {
    const n = (this.perRule.get(d.ruleId) ?? 0) + 1;
    this.perRule.set(d.ruleId, n);
    if (n <= MAX_PER_RULE) this.diagnostics.push(error({ ...d, source: 'validate' }));
  };

  get count(): number {
    return this.diagnostics.length;
  }

  list(): Diagnostic[] {
    const out = [...this.diagnostics];
    for (const [ruleId, n] of this.perRule) {
      if (n > MAX_PER_RULE)
        out.push(
          error({
            ruleId,
            source: 'validate',
            place: { table: '*', key: '*' },
            message: `${n - MAX_PER_RULE} more problems of this kind were not listed`,
          }),
        );
    }
    return out;
  }
}

/** Every row against the table's JSON Schema, and its primary key once. */
function checkRows(schema: TableSchema, rows: Row[], validators: Validators, report: Report): void {
  const name = schema['x-table'];
  const validate = validators.get(name)!;
  const pk = schema['x-primaryKey'];
  const seen = new KeyRegister();
  for (const row of rows) {
    const key = keyOf(row, pk);
    if (!validate(row)) {
      for (const e of validate.errors ?? []) {
        const column =
          e.instancePath.split('/')[1] ??
          (e.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ??
          (e.params as { additionalProperty?: string }).additionalProperty;
        // JSON.stringify would print Infinity and NaN as null, hiding the very value that failed.
        const actual =
          column !== undefined && column in row
            ? typeof row[column] === 'number'
              ? String(row[column])
              : JSON.stringify(row[column])
            : undefined;
        report({
          ruleId: `schema/${e.keyword}`,
          place: { table: name, key, ...(column ? { column } : {}) },
          message: `value ${e.message ?? 'is invalid'}`,
          expected: JSON.stringify(e.params),
          ...(actual !== undefined ? { actual } : {}),
        });
      }
    }
    if (!seen.add(key)) {
      report({
        ruleId: 'validate/primary-key-unique',
        place: { table: name, key },
        message: `primary key (${pk.join(', ')}) is not unique`,
        expected: 'each key once',
        actual: key,
      });
    }
  }
}

/** Every non-null reference must exist in the referenced table (`indexFor` gives that table's keys). */
function checkForeignKeys(
  schema: TableSchema,
  rows: Row[],
  indexFor: (resource: string, fields: string[]) => KeyRegister,
  report: Report,
): void {
  const name = schema['x-table'];
  for (const fk of schema['x-foreignKeys']) {
    const target = indexFor(fk.reference.resource, fk.reference.fields);
    for (const row of rows) {
      if (fk.fields.length === 1 ? row[fk.fields[0]!] == null : fk.fields.some((f) => row[f] == null)) continue;
      const value = keyOf(row, fk.fields);
      if (!target.has(value)) {
        report({
          ruleId: 'validate/foreign-key',
          place: { table: name, key: keyOf(row, schema['x-primaryKey']), column: fk.fields.join(',') },
          message: `refers to a row that does not exist in ${fk.reference.resource}`,
          expected: `a ${fk.reference.resource}.${fk.reference.fields.join(',')}`,
          actual: value,
        });
      }
    }
  }
}

function hasSpans(schema: TableSchema): boolean {
  return 'start' in schema.properties && 'end' in schema.properties && 'text' in schema.properties;
}

/** Spans: body[start:end] == text in code points, and start < end. */
function checkSpans(schema: TableSchema, rows: Row[], slicer: CodePointSlicer, report: Report): void {
  const name = schema['x-table'];
  for (const row of rows) {
    const start = row.start as number;
    const end = row.end as number;
    if (!(start < end)) {
      report({
        ruleId: 'validate/span-order',
        place: { table: name, key: keyOf(row, schema['x-primaryKey']), column: 'start' },
        message: 'a span must start before it ends',
        expected: 'start < end',
        actual: `${start}..${end}`,
      });
      continue;
    }
    const articleId = row.article_id as string;
    const length = slicer.length(articleId);
    if (length === undefined) continue; // the foreign-key check reports it
    if (end > length) {
      report({
        ruleId: 'validate/span-bounds',
        place: { table: name, key: keyOf(row, schema['x-primaryKey']), column: 'end' },
        message: 'the span ends after the article body',
        expected: `end <= ${length}`,
        actual: String(end),
      });
      continue;
    }
    if (typeof row.text !== 'string' || !slicer.holds(articleId, start, end, row.text)) {
      const slice = slicer.slice(articleId, start, end);
      report({
        ruleId: 'validate/span-round-trip',
        place: { table: name, key: keyOf(row, schema['x-primaryKey']), column: 'text' },
        message: 'body[start:end] does not equal text',
        expected: JSON.stringify(slice),
        actual: String(row.text),
      });
    }
  }
}

function slicerOf(articles: Row[]): CodePointSlicer {
  const bodies = new Map<string, string>();
  for (const a of articles) bodies.set(a.article_id as string, a.body as string);
  return new CodePointSlicer(bodies);
}

export function validateTables(tables: TableSet): Diagnostic[] {
  const problems = new ProblemList();
  const report = problems.report;
  const validators = rowValidators();
  const { tables: schemas } = loadSchemas();

  for (const schema of schemas) {
    const name = schema['x-table'];
    const rows = tables[name];
    if (!rows) {
      report({
        ruleId: 'validate/missing-table',
        place: { table: name, key: '*' },
        message: 'the table is missing',
        expected: 'a table, possibly empty',
        actual: 'nothing',
      });
      continue;
    }
    checkRows(schema, rows, validators, report);
  }

  const indexes = new Map<string, KeyRegister>();
  const indexFor = (resource: string, fields: string[]) => {
    const k = `${resource}(${fields.join(',')})`;
    let index = indexes.get(k);
    if (!index) {
      index = new KeyRegister();
      for (const r of tables[resource] ?? []) index.add(keyOf(r, fields));
      indexes.set(k, index);
    }
    return index;
  };
  for (const schema of schemas) checkForeignKeys(schema, tables[schema['x-table']] ?? [], indexFor, report);

  const slicer = slicerOf(tables.articles ?? []);
  for (const schema of schemas)
    if (hasSpans(schema)) checkSpans(schema, tables[schema['x-table']] ?? [], slicer, report);

  return problems.list();
}

/**
 * The same checks as validateTables, fed in pieces so that a caller never holds the whole dataset: each
 * article's spans against its own body (`checkArticleSpans`), each article's final rows (`checkArticle`), and
 * whole tables (`checkTable`: schema, primary key, and foreign keys into the tables checked before it, whose
 * keys it remembers; a table must come after every table it refers to; `rememberKeys` when their rows come
 * later). It answers whether the dataset is valid; to list the problems the way
 * validateTables does (in its order), run validateTables on the whole dataset.
 */
export class StreamedValidation {
  private readonly problems = new ProblemList();
  private readonly validators = rowValidators();
  private readonly schemas = new Map(loadSchemas().tables.map((s) => [s['x-table'], s]));
  /** Keys of the tables checked so far, for each reference into them. */
  private readonly keys = new Map<string, KeyRegister>();
  /** The article IDs checkArticle has seen. */
  private readonly articleIds = new KeyRegister();

  /** One article's span rows (every table with start, end and text) against its body. */
  checkArticleSpans(article: Row, tables: TableSet): void {
    const slicer = slicerOf([article]);
    for (const [name, rows] of Object.entries(tables)) {
      const schema = this.schema(name);
      if (hasSpans(schema)) checkSpans(schema, rows, slicer, this.problems.report);
    }
  }

  /**
   * One article's final rows of every per-article table (global entity IDs, unique row IDs). The primary keys
   * are checked within the article, which holds across articles only because every key but the article's own
   * starts with "<article_id>#": a key that does not is reported (validate/article-key-prefix), a rule the
   * whole-dataset check does not need. References into articles and entities go to the keys remembered for
   * them; every other reference must point into the same article.
   */
  checkArticle(articleId: string, tables: TableSet): void {
    const report = this.problems.report;
    const prefix = `${articleId}#`;
    const local = (resource: string, fields: string[]) => {
      const register = new KeyRegister();
      for (const row of tables[resource] ?? []) register.add(keyOf(row, fields));
      return register;
    };
    for (const [name, rows] of Object.entries(tables)) {
      const schema = this.schema(name);
      checkRows(schema, rows, this.validators, report);
      const pk = schema['x-primaryKey'];
      for (const row of rows) {
        const key = keyOf(row, pk);
        const own = name === 'articles' ? this.articleIds.add(key) : key.startsWith(prefix);
        if (!own || row.article_id !== articleId)
          report({
            ruleId: 'validate/article-key-prefix',
            place: { table: name, key },
            message: `a row of the article ${articleId} must have a key of its own`,
            expected: name === 'articles' ? 'an article ID seen once' : `a key starting with ${prefix}`,
            actual: key,
          });
      }
      checkForeignKeys(
        schema,
        rows,
        (resource, fields) =>
          resource === 'articles' || resource === 'entities'
            ? this.keysOf(name, resource, fields)
            : local(resource, fields),
        report,
      );
    }
  }

  /**
   * An article whose final rows already passed checkArticle, unchanged (the pipeline reuses them only when
   * its outcome, its entity IDs and the code are the same as when they passed): only its ID is registered,
   * the one check that depends on the other articles (an article ID seen once).
   */
  checkArticleAlreadyValid(articleId: string): void {
    if (this.articleIds.add(articleId)) return;
    this.problems.report({
      ruleId: 'validate/article-key-prefix',
      place: { table: 'articles', key: articleId },
      message: `a row of the article ${articleId} must have a key of its own`,
      expected: 'an article ID seen once',
      actual: articleId,
    });
  }

  /** A whole table: its rows, its primary key, and its foreign keys into the tables checked before. */
  checkTable(name: string, rows: Row[]): void {
    const schema = this.schema(name);
    checkRows(schema, rows, this.validators, this.problems.report);
    checkForeignKeys(schema, rows, (resource, fields) => this.keysOf(name, resource, fields), this.problems.report);
    this.rememberKeys(name, rows);
  }

  /** Remembers the keys other tables refer to in `name`, without checking its rows (checkTable checks them later). */
  rememberKeys(name: string, rows: Row[]): void {
    const referenced = new Map<string, string[]>();
    for (const s of this.schemas.values())
      for (const fk of s['x-foreignKeys'])
        if (fk.reference.resource === name)
          referenced.set(`${name}(${fk.reference.fields.join(',')})`, fk.reference.fields);
    for (const [k, fields] of referenced) {
      const register = new KeyRegister();
      for (const row of rows) register.add(keyOf(row, fields));
      this.keys.set(k, register);
    }
  }

  get valid(): boolean {
    return this.problems.count === 0;
  }

  private keysOf(table: string, resource: string, fields: string[]): KeyRegister {
    const register = this.keys.get(`${resource}(${fields.join(',')})`);
    if (!register) throw new Error(`checkTable: ${table} refers to ${resource}, which must be checked before it`);
    return register;
  }

  private schema(name: string): TableSchema {
    const schema = this.schemas.get(name);
    if (!schema) throw new Error(`no schema for the table ${name}`);
    return schema;
  }
}

export { tableSchema };
