// Build step (after tsc): writes dist/row-validators.generated.cjs, ajv's standalone code of every table's row
// validator, so that builds load compiled validators instead of compiling the schemas each time (src/ajv.ts says
// why). Temp-then-rename, so a killed build never leaves half a module.
import { renameSync, writeFileSync } from 'node:fs';
import { GENERATED_VALIDATORS_FILE, rowValidatorsModule } from '../dist/ajv.js';

const temporary = `${GENERATED_VALIDATORS_FILE}.tmp-${process.pid}`;
writeFileSync(temporary, rowValidatorsModule());
renameSync(temporary, GENERATED_VALIDATORS_FILE);
