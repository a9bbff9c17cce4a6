/** SHA256SUMS in the format `sha256sum -c` reads: "<64 hex>  <relative path>", one per line, sorted by path. */
import { createHash } from 'node:crypto';

export const CHECKSUM_FILE = 'SHA256SUMS';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function renderSha256Sums(files: Array<{ path: string; bytes: Uint8Array }>): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${sha256Hex(f.bytes)}  ${f.path}\n`)
    .join('');
}

/** Parses SHA256SUMS; throws naming the line when a line is not "<hash>  <path>". */
export function parseSha256Sums(text: string, file: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m)
      throw new Error(
        `${file}:${i + 1}: expected "<64 hex digits>  <path>", found ${JSON.stringify(line.slice(0, 80))}`,
      );
    out.set(m[2]!, m[1]!);
  });
  return out;
}
