/**
 * The given names of gender-detection-from-name (MIT): ~100k first names from English, Italian, Spanish,
 * French, German and Turkish name lists, as one set of lower-case names (the entity finder reads them only as
 * evidence that a capitalized word starts a name, so which list and gender do not matter).
 *
 * Why a generated file: the package ships each list as a JavaScript module of one `new Map([...])` literal,
 * 2.1 MB in all, and compiling and running them was one of the largest start-up costs of every thread that
 * extracts (apps/bench/results/notes.md). The build writes their union once (scripts/write-given-names.mjs)
 * to dist/given-names.txt, one name a line, which is read and split far faster. Before a build (tests run from
 * source) the modules are read as before: the same names either way, which given-names.test.ts checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

/** The generated list. From src/entities/ and dist/entities/ alike, ../../dist/ is the built package's folder. */
export const GIVEN_NAMES_FILE = fileURLToPath(new URL('../../dist/given-names.txt', import.meta.url));

/** The union of the package's lists, read from its modules: what the build writes, and the slow path. */
export function givenNamesFromPackage(): Set<string> {
  const require = createRequire(import.meta.url);
  const names = new Set<string>();
  for (const language of LANGUAGES) {
    const list = require(`gender-detection-from-name/names/${language}.js`) as Map<string, string>;
    for (const name of list.keys()) names.add(name);
  }
  return names;
}

/** The file's text: the names sorted (so the build's output is the same bytes every time), one a line. */
export function givenNamesText(names: Iterable<string>): string {
  return [...names].sort().join('\n');
}

/** The given names, lower case: from the generated file when the package is built, else from the modules. */
export function givenNames(): ReadonlySet<string> {
  if (!existsSync(GIVEN_NAMES_FILE)) return givenNamesFromPackage();
  return new Set(readFileSync(GIVEN_NAMES_FILE, 'utf8').split('\n'));
}
