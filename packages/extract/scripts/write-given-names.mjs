// Build step (after tsc): writes dist/given-names.txt, the union of gender-detection-from-name's name lists, so
// that extracting threads read one small text file instead of compiling the package's 2.1 MB of modules
// (src/entities/given-names.ts says why). Temp-then-rename, so a killed build never leaves half a list.
import { renameSync, writeFileSync } from 'node:fs';
import { GIVEN_NAMES_FILE, givenNamesFromPackage, givenNamesText } from '../dist/entities/given-names.js';

const temporary = `${GIVEN_NAMES_FILE}.tmp-${process.pid}`;
writeFileSync(temporary, givenNamesText(givenNamesFromPackage()));
renameSync(temporary, GIVEN_NAMES_FILE);
