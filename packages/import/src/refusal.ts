/** Why an input was not imported: one sentence naming the file (and line), for the command line. */
export class ImportRefusal extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'ImportRefusal';
  }
}
