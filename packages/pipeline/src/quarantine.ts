/**
 * Quarantine: an article that an extractor throws on, or whose rows do not validate, is left out of the
 * dataset and listed in the quarantine table with its first problem, so that one article's defect does not
 * sink a build of thousands. Bad input (a garbled header, bad UTF-8, …) is not quarantined: that is the
 * user's to fix, and it still stops the build.
 */
import type { Diagnostic } from '@dossier/core';
import type { Tables } from '@dossier/assemble';
import { loadSchemas, type QuarantineRow } from '@dossier/schema';
import { validateTables, type TableSet } from '@dossier/validate';

/** The per-article failures that quarantine the article rather than stop the build. */
const EXTRACTION_FAILURE = 'extract/internal-error';

export function isExtractionFailure(d: Diagnostic): boolean {
  return d.severity === 'error' && d.ruleId === EXTRACTION_FAILURE;
}

export function quarantineRow(
  sourceFile: string,
  stage: QuarantineRow['stage'],
  problems: Diagnostic[],
): QuarantineRow {
  const first = problems[0]!;
  const place = first.place;
  const inTable = 'table' in place;
  return {
    source_file: sourceFile,
    stage,
    rule: first.ruleId,
    table: inTable ? place.table : null,
    row_key: inTable ? place.key : null,
    column: inTable && place.column !== undefined ? String(place.column) : null,
    // A validation message names no value ("value must be number"): what was expected and found goes with it.
    message: inTable
      ? [
          first.message,
          first.expected === undefined ? '' : `expected ${first.expected}`,
          first.actual === undefined ? '' : `found ${first.actual}`,
        ]
          .filter(Boolean)
          .join('; ')
      : first.message,
    problem_count: problems.length,
  };
}

type AnyRow = Record<string, unknown>;

/**
 * The articles whose own rows fail validation, each with its problems. Called once validation of the whole
 * dataset failed: each article's rows are validated again on their own, with the entities they refer to, so a
 * problem is pinned to its article. Problems that belong to no single article (two articles sharing a key, an
 * invalid entity) are not found here, and the build still fails on them.
 */
export function invalidArticles(tables: Tables): Map<string, Diagnostic[]> {
  const all = tables as unknown as Record<string, AnyRow[]>;
  const byArticle = new Map<string, Record<string, AnyRow[]>>();
  for (const [name, rows] of Object.entries(all)) {
    if (name === 'entities' || name === 'quarantine') continue;
    for (const row of rows) {
      const id = row.article_id as string;
      let own = byArticle.get(id);
      if (!own) byArticle.set(id, (own = {}));
      (own[name] ??= []).push(row);
    }
  }
  const entities = new Map(tables.entities.map((e) => [e.entity_id, e as unknown as AnyRow]));
  const found = new Map<string, Diagnostic[]>();
  for (const own of byArticle.values()) {
    const article = own.articles?.[0];
    if (!article) continue;
    const set: TableSet = Object.fromEntries(Object.keys(all).map((name) => [name, own[name] ?? []]));
    set.entities = referencedEntities(own, entities);
    const problems = validateTables(set);
    if (problems.length) found.set(article.source_file as string, problems);
  }
  return found;
}

/** Per table, the columns that refer to an entity (the schema's foreign keys into entities). */
function entityColumns(): Map<string, string[]> {
  return new Map(
    loadSchemas().tables.map((schema) => [
      schema['x-table'],
      schema['x-foreignKeys'].filter((fk) => fk.reference.resource === 'entities').map((fk) => fk.fields[0]!),
    ]),
  );
}

function referencedEntities(own: Record<string, AnyRow[]>, entities: Map<string, AnyRow>): AnyRow[] {
  const columns = entityColumns();
  const ids = new Set<string>();
  for (const [name, rows] of Object.entries(own)) {
    for (const row of rows)
      for (const column of columns.get(name) ?? []) if (typeof row[column] === 'string') ids.add(row[column]);
  }
  const found: AnyRow[] = [];
  for (const id of [...ids].sort()) {
    const entity = entities.get(id);
    if (entity) found.push(entity);
  }
  return found;
}
