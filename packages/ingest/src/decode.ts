/** Bytes to text: strict UTF-8, no BOM, CRLF and lone CR normalized to LF. */
import { error, type Diagnostic } from '@dossier/core';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The allowed range of the second byte after each lead byte (Unicode Table 3-7, "Well-Formed UTF-8 Byte
 * Sequences"): it excludes overlong forms (E0 80–9F, F0 80–8F), UTF-16 surrogates encoded as UTF-8 (ED A0–BF:
 * CESU-8 and lone surrogates) and code points above U+10FFFF (F4 90–BF).
 */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Finds the first byte sequence that is not valid UTF-8 and reports its line and column (1-based, in bytes). */
export function locateBadByte(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    // C0, C1 (overlong two-byte forms) and F5–FF never start a sequence.
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return { line, column: i - lineStart + 1, byte: b };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const [low, high] = k === 1 ? secondByteRange(b) : [0x80, 0xbf];
      if (c === undefined || c < low || c > high) return { line, column: i - lineStart + 1, byte: b };
    }
    i += need + 1;
  }
  return { line, column: i - lineStart + 1, byte: bytes[bytes.length - 1] ?? 0 };
}

export function decodeArticle(bytes: Uint8Array, file: string): { text?: string; diagnostics: Diagnostic[] } {
  if (bytes.length === 0) {
    return {
      diagnostics: [
        error({
          ruleId: 'ingest/empty-file',
          source: 'ingest',
          place: { file },
          message: 'empty file: the file has no bytes at all',
          expected: 'a header line, a blank line, then the body',
          actual: '0 bytes',
        }),
      ],
    };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      diagnostics: [
        error({
          ruleId: 'ingest/bom',
          source: 'ingest',
          place: { file, line: 1, column: 1 },
          message: 'the file starts with a UTF-8 byte-order mark; save it as UTF-8 without a BOM',
          expected: 'no BOM',
          actual: 'EF BB BF',
        }),
      ],
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = locateBadByte(bytes);
    return {
      diagnostics: [
        error({
          ruleId: 'ingest/not-utf8',
          source: 'ingest',
          place: { file, line: at.line, column: at.column },
          message: 'the file is not valid UTF-8 (Latin-1 or Windows-1252? re-save it as UTF-8)',
          expected: 'UTF-8 bytes',
          actual: `byte 0x${at.byte.toString(16).toUpperCase().padStart(2, '0')}`,
        }),
      ],
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return {
      diagnostics: [
        error({
          ruleId: 'ingest/nul-byte',
          source: 'ingest',
          place: { file, line },
          message: 'the file contains a NUL byte, so it is probably not a text file',
          expected: 'text',
          actual: 'U+0000',
        }),
      ],
    };
  }
  return { text: text.replace(/\r\n?/g, '\n'), diagnostics: [] };
}
