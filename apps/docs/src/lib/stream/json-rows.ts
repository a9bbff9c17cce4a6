/**
 * Reads a table's JSON twin row by row. The export writes it as a JSON array with one row per line
 * (packages/export/src/serialize.ts), so a row is parsed from its line and the whole table is never in
 * memory. A line that is not a row fails with the file and line number.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

/** The lines of a UTF-8 file, read in chunks (a line may span chunks). */
export function* fileLines(file: string, chunkBytes = CHUNK): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    // No bigger than the file, and not zero-filled: a warm build reads some 10,000 small files of records,
    // and zeroing a 1 MiB buffer for each cost more than reading them (a CPU profile: about a tenth of the step).
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, fstatSync(fd).size)));
    let pending: Buffer[] = [];
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl !== -1 && nl < read; nl = buffer.indexOf(10, from)) {
        if (pending.length === 0) yield buffer.toString('utf8', from, nl);
        else {
          pending.push(buffer.subarray(from, nl));
          yield Buffer.concat(pending).toString('utf8');
          pending = [];
        }
        from = nl + 1;
      }
      if (from < read) pending.push(Buffer.from(buffer.subarray(from, read)));
    }
    if (pending.length) yield Buffer.concat(pending).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * How many rows a JSON twin holds (its lines that open an object), without parsing them; it stops counting
 * past `upTo` (a caller that only compares the count with a limit need not read 300 MB of articles).
 */
export function countRows(file: string, upTo = Number.POSITIVE_INFINITY): number {
  let rows = 0;
  for (const line of fileLines(file)) if (line.startsWith('{') && ++rows > upTo) break;
  return rows;
}

/** The rows of a JSON twin, in file order. */
export function* jsonRows<T = Record<string, unknown>>(file: string): Generator<T> {
  for (const [row] of jsonRowsWithText<T>(file)) yield row;
}

/**
 * The rows of a JSON twin with the text each was parsed from (its line without the separating comma), so that
 * a caller can hash a row's exact bytes instead of serializing it again.
 */
export function* jsonRowsWithText<T = Record<string, unknown>>(file: string): Generator<[T, string]> {
  for (const { text, line } of jsonRowTexts(file)) yield [parseRow<T>(file, line, text), text];
}

/** A row's JSON text (its line without the separating comma) and its line number in the file. */
export interface RowText {
  text: string;
  line: number;
}

/** The rows of a JSON twin as text, not parsed (`parseRow` parses one when it is needed). */
export function* jsonRowTexts(file: string): Generator<RowText> {
  let lineNumber = 0;
  for (const raw of fileLines(file)) {
    lineNumber++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '[' || line === ']' || line === '[]' || line === '') continue;
    yield { text: line.endsWith(',') ? line.slice(0, -1) : line, line: lineNumber };
  }
}

/** One row of a JSON twin, parsed; anything but a JSON object fails with the file and line number. */
export function parseRow<T = Record<string, unknown>>(file: string, lineNumber: number, text: string): T {
  let row: unknown;
  try {
    row = JSON.parse(text);
  } catch (cause) {
    throw new Error(
      `${file}:${lineNumber}: expected one JSON row per line (as the export writes it): ${(cause as Error).message}`,
      { cause },
    );
  }
  if (row === null || typeof row !== 'object' || Array.isArray(row))
    throw new Error(
      `${file}:${lineNumber}: expected a JSON object (one row), found ${JSON.stringify(text.slice(0, 40))}`,
    );
  return row as T;
}
