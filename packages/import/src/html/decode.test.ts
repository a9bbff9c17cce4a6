import { describe, expect, it } from 'vitest';
import { decodePage, declaredCharset } from './decode.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodePage', () => {
  it('decodes UTF-8 pages, declared or not', () => {
    expect(decodePage(bytes('<meta charset="utf-8"><p>Café</p>'), 'a.html')).toContain('Café');
    expect(decodePage(bytes('<p>Café</p>'), 'a.html')).toContain('Café');
  });

  it('decodes the charset a page declares', () => {
    const latin1 = Uint8Array.from([...bytes('<meta charset="iso-8859-1"><p>Caf'), 0xe9, ...bytes('</p>')]);
    expect(declaredCharset(latin1)).toBe('iso-8859-1');
    expect(decodePage(latin1, 'a.html')).toContain('Café');
  });

  it('refuses a page whose bytes do not fit the charset it declares', () => {
    const broken = Uint8Array.from([
      ...bytes('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><p>Caf'),
      0xe9,
      ...bytes('</p>'),
    ]);
    expect(() => decodePage(broken, 'broken.html')).toThrow(
      /broken\.html: the page's bytes are not valid utf-8, the encoding given by its <meta charset="utf-8">/,
    );
  });

  it('refuses an unknown charset label rather than guessing', () => {
    expect(() => decodePage(bytes('<meta charset="klingon-8"><p>x</p>'), 'k.html')).toThrow(
      /k\.html: .*"klingon-8", which is not a known encoding/,
    );
  });

  it('refuses bytes that are not UTF-8 when no charset is declared', () => {
    expect(() => decodePage(Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9, 0xff]), 'n.html')).toThrow(
      /no charset declaration/,
    );
  });
});
