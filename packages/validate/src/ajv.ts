/**
 * One ajv instance, strict, with formats, that knows Dossier's x- annotations, and the row validators it
 * compiles: one per table.
 *
 * Why generated code: compiling the table schemas with ajv was about a tenth of a small build's CPU, on the
 * main thread, every build (apps/bench/results/notes.md). The build writes the compiled validators once as a
 * CommonJS module (ajv's standalone code, scripts/write-row-validators.mjs), stamped with the SHA-256 of the
 * schemas it was compiled from; a build from dist/ loads that module when the stamp matches today's schemas.
 * Anywhere else (tests from source, schemas edited since the build) the schemas are compiled here as before:
 * the same validator code either way, which ajv.test.ts checks.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { loadSchemas } from '@dossier/schema';

// ajv-formats and ajv's standalone are CommonJS; under NodeNext their default exports arrive wrapped.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = unwrapDefault(addFormatsModule) as unknown as AddFormats;
const toStandalone = unwrapDefault(standaloneCode) as unknown as (ajv: Ajv2020, refs: Record<string, string>) => string;

function unwrapDefault(module: unknown): unknown {
  return (module as { default?: unknown }).default ?? module;
}

/** The generated module, beside the compiled ajv.js (only a build from dist/ has one). */
export const GENERATED_VALIDATORS_FILE = fileURLToPath(new URL('./row-validators.generated.cjs', import.meta.url));

let compiled: Map<string, ValidateFunction> | undefined;

export function rowValidators(): Map<string, ValidateFunction> {
  compiled ??= generatedValidators() ?? compileValidators();
  return compiled;
}

function configuredAjv(source: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, code: { source } });
  addFormats(ajv);
  for (const keyword of ['x-table', 'x-primaryKey', 'x-foreignKeys', 'x-sortBy'])
    ajv.addKeyword({ keyword, schemaType: ['string', 'array'] });
  return ajv;
}

function compileValidators(): Map<string, ValidateFunction> {
  const ajv = configuredAjv(false);
  return new Map(loadSchemas().tables.map((schema) => [schema['x-table'], ajv.compile(schema)]));
}

/** SHA-256 of the table schemas as loaded: the stamp that ties a generated module to the schemas it came from. */
export function schemasHash(): string {
  return createHash('sha256').update(JSON.stringify(loadSchemas().tables)).digest('hex');
}

/** The standalone CommonJS module of every table's validator, exported under its table name, with its stamp. */
export function rowValidatorsModule(): string {
  const ajv = configuredAjv(true);
  const refs: Record<string, string> = {};
  for (const schema of loadSchemas().tables) {
    ajv.addSchema(schema);
    refs[schema['x-table']] = schema.$id;
  }
  // The stamp goes last: ajv's code opens with "use strict", which counts only as the module's first statement.
  return `${toStandalone(ajv, refs)}\nexports.schemasSha256 = ${JSON.stringify(schemasHash())};\n`;
}

/** The generated validators, or undefined when this is no build from dist/ or its stamp names other schemas. */
function generatedValidators(): Map<string, ValidateFunction> | undefined {
  if (import.meta.url.endsWith('.ts') || !existsSync(GENERATED_VALIDATORS_FILE)) return undefined;
  const generated = createRequire(import.meta.url)(GENERATED_VALIDATORS_FILE) as Record<string, unknown>;
  if (generated.schemasSha256 !== schemasHash()) return undefined;
  return new Map(loadSchemas().tables.map((s) => [s['x-table'], generated[s['x-table']] as ValidateFunction]));
}
