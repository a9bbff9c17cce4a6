/**
 * Bytes of a saved page to text. The encoding is the page's own: a byte-order mark, else the charset its
 * `<meta>` declares, else UTF-8 when the bytes are valid UTF-8. Anything else is refused rather than guessed:
 * a wrong guess would put mojibake into every span of the article.
 */
import { ImportRefusal } from '../refusal.js';

/** Pages larger than this are refused: no article needs it, and a DOM of that size is an attack or a dump. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"'/>;]+)/i;

/** The charset a `<meta charset>` or `<meta http-equiv content="…; charset=…">` declares in the first 4 KB. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // The HTML standard's pre-scan looks at the first 1024 bytes; saved pages often push the tag further down.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = META_CHARSET.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function decoderFor(label: string, file: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new ImportRefusal(
      file,
      `the page declares the character encoding "${label}", which is not a known encoding; re-save the page as UTF-8`,
    );
  }
}

export function decodePage(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_PAGE_BYTES) {
    throw new ImportRefusal(
      file,
      `the page is ${bytes.length} bytes, more than the ${MAX_PAGE_BYTES} an article page can reasonably need`,
    );
  }
  const bom = bomEncoding(bytes);
  const declared = declaredCharset(bytes);
  const label = bom ?? declared ?? 'utf-8';
  const decoder = decoderFor(label, file);
  try {
    return decoder.decode(bytes);
  } catch {
    const why = bom
      ? 'its byte-order mark'
      : declared
        ? `its <meta charset="${declared}">`
        : 'no charset declaration (UTF-8 assumed)';
    throw new ImportRefusal(
      file,
      `the page's bytes are not valid ${decoder.encoding}, the encoding given by ${why}; re-save the page with the right encoding`,
    );
  }
}
