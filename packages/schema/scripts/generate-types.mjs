#!/usr/bin/env node
// Regenerates the files that are derived from schemas/*.json: the TypeScript row types and the data dictionary.
// `pnpm gen:types` runs it; tests in this package fail when a committed copy drifts from what this prints.
import { writeFileSync } from 'node:fs';
import { renderRowTypes, renderDataDictionary } from '../dist/index.js';

const here = new URL('../', import.meta.url);
writeFileSync(new URL('src/generated/rows.ts', here), await renderRowTypes());
writeFileSync(new URL('../../schemas/DATA_DICTIONARY.md', here), `${renderDataDictionary()}\n`);
console.log('wrote packages/schema/src/generated/rows.ts and schemas/DATA_DICTIONARY.md');
