import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The folders of the site's code that the data step never runs: `content/` holds the docs' prose pages
 * (Starlight's collection), which Astro renders and the render key covers. Editing a guide must not make every
 * shard again (at 10,000 articles that turned a 7–13 s rebuild into a 72 s one).
 */
const NOT_DATA_STEP_CODE = ['content'];

/**
 * A hash of the site's own code (`codeDir`, every file under it but the prose pages): a shard made by other
 * code is made again.
 */
export function codeKey(codeDir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(codeDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !NOT_DATA_STEP_CODE.some((dir) => f === dir || f.startsWith(dir + sep)))
    .filter((f) => statSync(join(codeDir, f)).isFile())
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(codeDir, file)))
      .update('\0');
  return hash.digest('hex');
}
