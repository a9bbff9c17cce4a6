import type { Command } from '../command.js';

/** A subcommand as `dossier --help` lists it; its module is imported only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

/**
 * Every subcommand, in the order `dossier --help` lists them. Add new commands here. Each module is loaded on
 * use, so that `dossier validate` or `diff` never loads what only `build`, `eval` or `import` need (wink-nlp and
 * its model, every extractor, the HTML parser). A test checks that each summary equals its module's.
 */
export const COMMANDS: CommandEntry[] = [
  {
    name: 'import',
    summary: 'turn saved web pages or JSON Lines into article files',
    load: async () => (await import('./import.js')).importCommand,
  },
  {
    name: 'build',
    summary: 'build the dataset from a folder of articles',
    load: async () => (await import('./build.js')).build,
  },
  {
    name: 'worker',
    summary: 'process articles for a dossier build --queue on another machine, until interrupted',
    load: async () => (await import('./worker.js')).worker,
  },
  {
    name: 'validate',
    summary: 'check a built dataset folder',
    load: async () => (await import('./validate.js')).validate,
  },
  {
    name: 'eval',
    summary: 'score a dataset against gold annotations',
    load: async () => (await import('./eval.js')).evaluate,
  },
  {
    name: 'diff',
    summary: 'compare two datasets or releases and classify the change (major/minor/patch)',
    load: async () => (await import('./diff.js')).diff,
  },
  {
    name: 'crosswalk',
    summary: 'map the row IDs of one dataset or release to those of another (after an ID scheme change)',
    load: async () => (await import('./crosswalk.js')).crosswalk,
  },
  {
    name: 'release',
    summary: 'freeze the build as an immutable versioned release, or --check releases and the semver gate',
    load: async () => (await import('./release.js')).release,
  },
];
