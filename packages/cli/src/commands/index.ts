import type { Command } from '../command.js';
import { build } from './build.js';
import { validate } from './validate.js';
import { diff } from './diff.js';
import { release } from './release.js';

/** Every subcommand, in the order `dossier --help` lists them. Add new commands here. */
export const COMMANDS: Command[] = [build, validate, diff, release];
