import type { Command } from '../command.js';
import { build } from './build.js';
import { validate } from './validate.js';
import { diff } from './diff.js';
import { release } from './release.js';
import { crosswalk } from './crosswalk.js';
import { evaluate } from './eval.js';
import { importCommand } from './import.js';

/** Every subcommand, in the order `dossier --help` lists them. Add new commands here. */
export const COMMANDS: Command[] = [importCommand, build, validate, evaluate, diff, crosswalk, release];
