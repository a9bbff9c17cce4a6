/** A dataset as the diff sees it: package metadata plus, per table, its Table Schema and typed rows. */
export type Row = Record<string, unknown>;

export interface FieldInfo {
  name: string;
  type: string;
  format?: string;
  constraints?: Record<string, unknown>;
  /** Every other descriptive property (description, example, title): changes to these are metadata. */
  [key: string]: unknown;
}

export interface TableSnapshot {
  fields: FieldInfo[];
  primaryKey: string[];
  rows: Row[];
  /** Resource-level descriptive properties (title, description). */
  meta: Record<string, unknown>;
  /** How the file is parsed (CSV dialect, missing-value markers) and what it references: compared as JSON. */
  dialect?: unknown;
  missingValues?: unknown;
  foreignKeys?: unknown;
}

export interface DatasetSnapshot {
  version: string | null;
  /** datapackage.json without resources and version. */
  metadata: Record<string, unknown>;
  /** Tables in datapackage.json order. */
  tables: Record<string, TableSnapshot>;
}

/** The empty dataset: what the first release is compared against. */
export const EMPTY_DATASET: DatasetSnapshot = { version: null, metadata: {}, tables: {} };
