import { COMMANDS } from './commands/index.js';
import { EXIT } from './command.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: dossier <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "dossier <command> --help" for a command\'s options.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(
      `dossier: unknown command "${name}" (expected one of: ${COMMANDS.map((c) => c.name).join(', ')})\n\n${help()}\n`,
    );
    return EXIT.usage;
  }
  const command = await entry.load();
  try {
    return await command.run(rest);
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`dossier ${name}: ${err.message}\n\n${command.usage}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`dossier ${name}: ${err.message}\n`);
    return EXIT.dataError;
  }
}
