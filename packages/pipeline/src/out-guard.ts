/**
 * The output guard: the build replaces its output folder wholesale, so before anything is read it refuses an
 * `--out` whose replacement would destroy something that is not a previous build. Each refusal is a
 * diagnostic saying what was refused, why, what was expected and what was found.
 *
 * Refused:
 * - an output that equals, contains or lies inside the input folder (the articles would be deleted);
 * - an output that contains a repository root (a folder holding `.git`) or lies inside a `.git` folder;
 * - an output that is an existing file, or an existing non-empty folder without a datapackage.json that
 *   Dossier wrote (its `name` is the dataset's name from schemas/datapackage.base.json);
 * - an output whose parent folder cannot be written (permission denied, said as such).
 */
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';
import { DiagnosticsError, error, type Diagnostic } from '@dossier/core';
import { loadSchemas } from '@dossier/schema';

const RULE = 'pipeline/unsafe-output';

/** The path with symbolic links resolved as far as it exists (the rest is appended unchanged). */
function realPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return absolute;
    rest.unshift(existing.slice(parent.length).replace(/^[/\\]/, ''));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

/** True when `inner` is `outer` or lies below it. */
export function isSameOrInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !parse(rel).root && rel.split(sep)[0] !== '..');
}

/** Folders holding `.git` on the way up from `start` (the repository roots it belongs to). */
function repositoryRootsAbove(start: string): string[] {
  const roots: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) roots.push(dir);
    if (dirname(dir) === dir) return roots;
  }
}

/** True when the folder's datapackage.json is one Dossier wrote (same dataset name). */
function holdsDossierOutput(folder: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')) as { name?: unknown } | null;
    return pkg !== null && typeof pkg === 'object' && pkg.name === loadSchemas().base.name;
  } catch {
    return false;
  }
}

function refusal(outDir: string, message: string, expected: string, actual: string): Diagnostic {
  return error({
    ruleId: RULE,
    source: 'pipeline',
    place: { file: outDir },
    message: `refusing to write the output here: ${message}`,
    expected,
    actual,
  });
}

/** Every reason not to replace `outDir` with a build of `inputDir`; empty when it is safe. */
export function unsafeOutputReasons(inputDir: string, outDir: string): Diagnostic[] {
  const out = realPath(outDir);
  const input = realPath(inputDir);
  const expectedFolder = 'a new folder, an empty one, or a previous Dossier output';
  if (isSameOrInside(out, input)) {
    const how = out === input ? 'it is the input folder' : 'it lies inside the input folder';
    return [
      refusal(
        outDir,
        `${how}, so the build would delete articles`,
        'a folder outside the input folder',
        `${out} (input ${input})`,
      ),
    ];
  }
  if (isSameOrInside(input, out)) {
    return [
      refusal(
        outDir,
        'it contains the input folder, so the build would delete the articles',
        'a folder outside the input folder',
        `${out} (input ${input})`,
      ),
    ];
  }
  if (out.split(sep).includes('.git')) {
    return [refusal(outDir, 'it lies inside a .git folder', expectedFolder, out)];
  }
  const roots = new Set(
    [...repositoryRootsAbove(process.cwd()), ...repositoryRootsAbove(input), ...repositoryRootsAbove(dirname(out))].map(
      (r) => realPath(r),
    ),
  );
  const repo = [...roots].find((root) => isSameOrInside(root, out));
  if (repo !== undefined || existsSync(join(out, '.git'))) {
    return [
      refusal(
        outDir,
        'it contains a repository (a folder with .git), which the build would delete',
        expectedFolder,
        `${out} (repository ${repo ?? out})`,
      ),
    ];
  }
  if (existsSync(out) || isDanglingLink(out)) {
    const stats = lstatSync(out);
    if (!stats.isDirectory()) {
      return [
        refusal(
          outDir,
          'it is an existing file, not a folder',
          expectedFolder,
          stats.isSymbolicLink() ? 'a symbolic link' : 'a file',
        ),
      ];
    }
    const entries = readdirSync(out);
    if (entries.length > 0 && !holdsDossierOutput(out)) {
      return [
        refusal(
          outDir,
          'it is a non-empty folder without a datapackage.json written by dossier, so it is not a previous build',
          expectedFolder,
          `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, e.g. ${entries.sort().slice(0, 3).join(', ')}`,
        ),
      ];
    }
  }
  const writable = writeProblem(dirname(out));
  return writable ? [refusal(outDir, writable.message, 'a folder whose parent can be written', writable.actual)] : [];
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Why the nearest existing ancestor of `folder` (where the temporary output goes) cannot be written, if it cannot. */
function writeProblem(folder: string): { message: string; actual: string } | undefined {
  let dir = folder;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  if (!statSync(dir).isDirectory())
    return { message: `${dir} is a file, so no folder can be made below it`, actual: `${dir} is a file` };
  try {
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { message: `permission denied: ${dir} cannot be written (${code})`, actual: `${dir} not writable` };
  }
}

/** Throws a DiagnosticsError when `outDir` must not be replaced by a build of `inputDir`. */
export function guardOutputDir(inputDir: string, outDir: string): void {
  const reasons = unsafeOutputReasons(inputDir, outDir);
  if (reasons.length) throw new DiagnosticsError(reasons);
}

/** True for diagnostics raised by the output guard (the CLI maps them to the bad-command-line exit code). */
export function isUnsafeOutput(d: Diagnostic): boolean {
  return d.ruleId === RULE;
}
