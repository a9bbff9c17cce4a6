/** Builds datapackage.json (Frictionless Data Package v2) from the schemas and the written files. */
import { loadSchemas, toFrictionlessTableSchema } from '@dossier/schema';

/** What datapackage.json records of a written file. */
export interface FileFacts {
  path: string;
  bytes: number;
  /** "sha256:<hex>" of the file's bytes. */
  hash: string;
  /** A table file's row count (not in datapackage.json): it sizes the Parquet row groups (parquet.ts). */
  rows?: number;
}

export interface SourceNote {
  title: string;
  path?: string;
}

function fileFacts(file: FileFacts) {
  return { bytes: file.bytes, hash: file.hash };
}

export function buildDataPackage(options: {
  version: string;
  files: Map<string, FileFacts>;
  sources: SourceNote[];
  extraResources?: Array<Record<string, unknown>>;
}): Record<string, unknown> {
  const { base, tables } = loadSchemas();
  const resources: Array<Record<string, unknown>> = [];
  for (const schema of tables) {
    const name = schema['x-table'];
    const csv = options.files.get(`${name}.csv`);
    const json = options.files.get(`${name}.json`);
    const parquet = options.files.get(`${name}.parquet`);
    if (!csv || !json || !parquet)
      throw new Error(`export: ${name}.csv, ${name}.json and ${name}.parquet must be written before datapackage.json`);
    resources.push({
      name,
      type: 'table',
      path: `${name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: schema.title,
      description: schema.description,
      ...fileFacts(csv),
      dialect: base.dialect,
      schema: toFrictionlessTableSchema(schema),
    });
    resources.push({
      name: `${name}-json`,
      type: 'table',
      path: `${name}.json`,
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      title: `${schema.title} (JSON)`,
      description: `The same rows as ${name}.csv, as a JSON array of objects.`,
      ...fileFacts(json),
      schema: { ...toFrictionlessTableSchema(schema), foreignKeys: [] },
    });
    // A resource of its own (like the JSON twin) rather than a second path of the CSV resource: a Frictionless
    // resource's paths are chunks of one file to concatenate, not alternative formats.
    resources.push({
      name: `${name}-parquet`,
      type: 'table',
      path: `${name}.parquet`,
      format: 'parquet',
      mediatype: 'application/vnd.apache.parquet',
      title: `${schema.title} (Parquet)`,
      description: `The same rows as ${name}.csv, as Parquet (zstd), typed from the schema.`,
      ...fileFacts(parquet),
      schema: { ...toFrictionlessTableSchema(schema), foreignKeys: [] },
    });
  }
  for (const extra of options.extraResources ?? []) {
    const file = options.files.get(extra.path as string);
    resources.push(file ? { ...extra, ...fileFacts(file) } : extra);
  }
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: base.name,
    title: base.title,
    description: base.description,
    version: options.version,
    licenses: base.licenses,
    contributors: base.contributors,
    keywords: base.keywords,
    sources: options.sources,
    resources,
  };
}
