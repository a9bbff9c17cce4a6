export { main } from './main.js';
export { COMMANDS } from './commands/index.js';
export type { CommandEntry } from './commands/index.js';
export { EXIT } from './command.js';
export type { Command } from './command.js';
export { createLog } from './log.js';
export type { Log, Level } from './log.js';
