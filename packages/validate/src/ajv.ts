/** One ajv instance, strict, with formats, that knows Dossier's x- annotations. */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadSchemas } from '@dossier/schema';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

let compiled: Map<string, ValidateFunction> | undefined;

export function rowValidators(): Map<string, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const keyword of ['x-table', 'x-primaryKey', 'x-foreignKeys', 'x-sortBy'])
    ajv.addKeyword({ keyword, schemaType: ['string', 'array'] });
  compiled = new Map();
  for (const schema of loadSchemas().tables) compiled.set(schema['x-table'], ajv.compile(schema));
  return compiled;
}
