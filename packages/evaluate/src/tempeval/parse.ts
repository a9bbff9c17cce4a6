/**
 * Reads one TempEval-3 TimeML file (.tml, as in TBAQ-cleaned: TimeBank and AQUAINT): the document creation
 * time (the TIMEX3 inside <DCT>), the text of <TEXT> with its markup removed, and every TIMEX3 inside it with
 * its span in that text (code points), type and value. Events, links and the other elements are ignored.
 * Uses sax, the streaming XML parser the MEANTIME reader uses.
 */
import sax from 'sax';
import { codePointLength } from '@dossier/core';

export interface TimemlTimex {
  tid: string;
  /** Code-point offsets into `text`. */
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimemlDoc {
  docId: string;
  /** The document creation time, YYYY-MM-DD. */
  dct: string;
  /** The content of <TEXT>, markup removed, entities decoded. */
  text: string;
  timexes: TimemlTimex[];
}

export function parseTimeml(xml: string, file: string): TimemlDoc {
  const parser = sax.parser(true, { trim: false, normalize: false });
  const doc: TimemlDoc = { docId: '', dct: '', text: '', timexes: [] };
  let inText = false;
  let inDct = false;
  let inDocId = false;
  let length = 0; // code points of doc.text
  const open: Array<{ attrs: Record<string, string>; start: number }> = [];

  parser.onerror = (e) => {
    throw new Error(`${file}: not well-formed XML (${e.message.split('\n')[0]})`);
  };
  parser.onopentag = (node) => {
    const attrs = node.attributes as Record<string, string>;
    if (node.name === 'TEXT') inText = true;
    else if (node.name === 'DCT') inDct = true;
    else if (node.name === 'DOCID') inDocId = true;
    else if (node.name === 'TIMEX3') {
      if (inDct && !doc.dct) doc.dct = (attrs.value ?? '').slice(0, 10);
      else if (inText) open.push({ attrs, start: length });
    }
  };
  parser.ontext = (text) => {
    if (inDocId) doc.docId += text.trim();
    if (!inText) return;
    doc.text += text;
    length += codePointLength(text);
  };
  parser.onclosetag = (name) => {
    if (name === 'TEXT') inText = false;
    else if (name === 'DCT') inDct = false;
    else if (name === 'DOCID') inDocId = false;
    else if (name === 'TIMEX3' && inText) {
      const t = open.pop();
      if (t)
        doc.timexes.push({
          tid: t.attrs.tid ?? '',
          start: t.start,
          end: length,
          type: t.attrs.type ?? '',
          value: t.attrs.value ?? '',
        });
    }
  };
  parser.write(xml).close();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(doc.dct))
    throw new Error(`${file}: no document creation time (a TIMEX3 with a YYYY-MM-DD value inside <DCT>)`);
  if (!doc.docId) throw new Error(`${file}: no <DOCID>`);
  doc.timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return doc;
}
