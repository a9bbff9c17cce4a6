/** A subcommand of `dossier`. Each lives in commands/<name>.ts and is listed in commands/index.ts. */
export interface Command {
  name: string;
  /** One line for `dossier --help`. */
  summary: string;
  /** Full `dossier <name> --help` text. */
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** The input or the data is wrong (bad article, invalid dataset, score below baseline). */
  dataError: 1,
  /** The command line is wrong. */
  usage: 2,
  /** `build` wrote the dataset but left out articles it failed on (listed in its quarantine table). */
  quarantined: 3,
} as const;
