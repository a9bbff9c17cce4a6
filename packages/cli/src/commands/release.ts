import { parseArgs } from 'node:util';
import {
  defaultPaths,
  findWorkspaceRoot,
  renderDiffSummary,
  runCheck,
  runRelease,
  uncommittedSourceChanges,
} from '@dossier/release';
import { EXIT, type Command } from '../command.js';

const usage = `Usage: dossier release [--check] [--root DIR]

Without options: freezes the current build (data/dist) as data/releases/<version>/, where
<version> is data/package.json's version (set by "pnpm version-dataset" from changesets).
The folder holds every CSV and JSON file, datapackage.json, the schemas as they were, the quality
report, diff.json and diff.md against the previous release, tombstones.csv (IDs that disappeared),
crosswalk.csv when rows kept their identity but changed ID (old_id → new_id), the whole release as
dossier-<version>.zip and dossier-<version>.tar.gz (byte-identical on rebuild; every file but
SHA256SUMS), and SHA256SUMS (check with: cd data/releases/<version> && sha256sum -c SHA256SUMS).
The entry in data/CHANGELOG.md gets the diff summary and the quality scores; CITATION.cff, when
present, gets the new version.

It refuses when the version is already released or older than the latest release, when the
build is stale or invalid, when changesets are still pending, or when the version bump is smaller
than the data change requires.

  --check      release nothing; check that every released folder is unchanged (SHA256SUMS and
               git history) and that pending changesets ask for a big enough bump of
               @dossier/dataset for the change between the last release and data/dist
  --root DIR   workspace root (default: nearest folder with pnpm-workspace.yaml)
  -h, --help   show this help

Exit codes: 0 released / check passed, 1 refused / check failed (reasons listed), 2 bad command line.`;

export const release: Command = {
  name: 'release',
  summary: 'freeze the build as an immutable versioned release, or --check releases and the semver gate',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    if (positionals.length) {
      process.stderr.write(`dossier release: unexpected argument(s) ${positionals.join(' ')}\n\n${usage}\n`);
      return EXIT.usage;
    }
    const paths = defaultPaths(values.root ?? findWorkspaceRoot(process.cwd()));
    if (values.check) {
      const result = await runCheck(paths);
      (result.ok ? process.stdout : process.stderr).write(`${result.lines.join('\n')}\n`);
      return result.ok ? EXIT.ok : EXIT.dataError;
    }
    const dirty = uncommittedSourceChanges(paths.root);
    if (dirty.length) {
      // A warning, not a refusal: the data is what it is, but say that no commit reproduces it.
      const files = `${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}`;
      process.stderr.write(
        `warning: the build includes uncommitted changes to ${dirty.length} tracked file(s) outside data/ (${files}); ` +
          'commit them first so that the release can be rebuilt from a commit\n',
      );
    }
    const done = await runRelease(paths);
    process.stdout.write(
      `released ${done.version}: ${done.folder} (${done.files} files, with dossier-${done.version}.zip and .tar.gz; ${done.tombstones.length} tombstone(s)${done.crosswalk.length ? `; crosswalk.csv maps ${done.crosswalk.length} renamed ID(s)` : ''})\n\n${renderDiffSummary(done.diff)}\n` +
        `Next: review data/CHANGELOG.md, then commit data/releases/${done.version}, data/CHANGELOG.md, data/package.json, CITATION.cff and .changeset/.\n`,
    );
    return EXIT.ok;
  },
};
