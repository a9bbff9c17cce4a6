import { describe, expect, it } from 'vitest';
import { decodeArticle } from './decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('normalizes CRLF and lone CR to LF', () => {
    expect(decodeArticle(utf8('a\r\nb\rc\n'), 'f.txt').text).toBe('a\nb\nc\n');
  });

  it('rejects a byte-order mark, saying how to fix it', () => {
    const d = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'f.txt').diagnostics[0];
    expect(d).toMatchObject({ ruleId: 'ingest/bom', place: { file: 'f.txt', line: 1 } });
    expect(d!.message).toMatch(/without a BOM/);
  });

  it('names the line and column of the first byte that is not UTF-8', () => {
    const latin1 = new Uint8Array([...utf8('line one\nCaf'), 0xe9, ...utf8(' au lait\n')]);
    const d = decodeArticle(latin1, 'f.txt').diagnostics[0];
    expect(d).toMatchObject({
      ruleId: 'ingest/not-utf8',
      place: { file: 'f.txt', line: 2, column: 4 },
      actual: 'byte 0xE9',
    });
  });

  it('rejects NUL bytes', () => {
    expect(decodeArticle(utf8('a\nb\u0000'), 'f.txt').diagnostics[0]).toMatchObject({
      ruleId: 'ingest/nul-byte',
      place: { line: 2 },
    });
  });
});
