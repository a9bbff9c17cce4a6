/** Log levels for the command line: --quiet shows only errors, --verbose shows detail. */
export type Level = 'quiet' | 'normal' | 'verbose';

export function createLog(level: Level) {
  return {
    level,
    info: (message: string) => {
      if (level !== 'quiet') process.stderr.write(`${message}\n`);
    },
    detail: (message: string) => {
      if (level === 'verbose') process.stderr.write(`${message}\n`);
    },
    error: (message: string) => process.stderr.write(`${message}\n`),
  };
}
export type Log = ReturnType<typeof createLog>;
