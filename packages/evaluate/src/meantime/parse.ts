/**
 * Reads one MEANTIME document (NewsReader CAT XML, see MEANTIME_NWR.xsd): tokens, entity mentions with the
 * type of the entity they refer to (through REFERS_TO), and TIMEX3 expressions. Uses sax, a streaming XML
 * parser, because CAT files are flat lists of elements and need no DOM.
 */
import sax from 'sax';

export interface MeantimeToken {
  id: string;
  sentence: number;
  text: string;
}

export interface MeantimeMention {
  id: string;
  tokenIds: string[];
  /** NAM (proper name), PRE.NAM (name used as a premodifier), NOM, PRO, … */
  syntacticType: string;
  /** PER, ORG, LOC, PRO, FIN, MIX — null when no REFERS_TO links the mention to an entity. */
  entityType: string | null;
}

export interface MeantimeTimex {
  id: string;
  tokenIds: string[];
  type: string;
  value: string;
  /** The document creation time (the dateline under the title). */
  creationTime: boolean;
}

export interface MeantimeDoc {
  docId: string;
  docName: string;
  tokens: MeantimeToken[];
  mentions: MeantimeMention[];
  timexes: MeantimeTimex[];
}

export function parseMeantime(xml: string, file: string): MeantimeDoc {
  const parser = sax.parser(true, { trim: false, normalize: false });
  const doc: MeantimeDoc = { docId: '', docName: '', tokens: [], mentions: [], timexes: [] };
  const entityTypes = new Map<string, string>();
  const refersTo: Array<{ sources: string[]; target: string | null }> = [];
  let token: MeantimeToken | null = null;
  let markable: { kind: 'mention' | 'timex'; attrs: Record<string, string>; tokenIds: string[] } | null = null;
  let relation: { sources: string[]; target: string | null } | null = null;

  parser.onerror = (e) => {
    throw new Error(`${file}: not well-formed XML (${e.message.split('\n')[0]})`);
  };
  parser.onopentag = (node) => {
    const attrs = node.attributes as Record<string, string>;
    switch (node.name) {
      case 'Document':
        doc.docId = attrs.doc_id ?? '';
        doc.docName = attrs.doc_name ?? '';
        break;
      case 'token':
        token = { id: attrs.t_id ?? '', sentence: Number(attrs.sentence), text: '' };
        break;
      case 'ENTITY_MENTION':
        markable = { kind: 'mention', attrs, tokenIds: [] };
        break;
      case 'TIMEX3':
        markable = { kind: 'timex', attrs, tokenIds: [] };
        break;
      case 'token_anchor':
        markable?.tokenIds.push(attrs.t_id ?? '');
        break;
      case 'ENTITY':
        if (attrs.m_id && attrs.ent_type) entityTypes.set(attrs.m_id, attrs.ent_type);
        break;
      case 'REFERS_TO':
        relation = { sources: [], target: null };
        break;
      case 'source':
        relation?.sources.push(attrs.m_id ?? '');
        break;
      case 'target':
        if (relation) relation.target = attrs.m_id ?? null;
        break;
    }
  };
  parser.ontext = (text) => {
    if (token) token.text += text;
  };
  parser.onclosetag = (name) => {
    if (name === 'token' && token) {
      doc.tokens.push(token);
      token = null;
    } else if ((name === 'ENTITY_MENTION' || name === 'TIMEX3') && markable) {
      const { attrs, tokenIds } = markable;
      if (markable.kind === 'mention') {
        doc.mentions.push({
          id: attrs.m_id ?? '',
          tokenIds,
          syntacticType: attrs.syntactic_type ?? '',
          entityType: null,
        });
      } else {
        doc.timexes.push({
          id: attrs.m_id ?? '',
          tokenIds,
          type: attrs.type ?? '',
          value: attrs.value ?? '',
          creationTime: attrs.functionInDocument === 'CREATION_TIME',
        });
      }
      markable = null;
    } else if (name === 'REFERS_TO' && relation) {
      refersTo.push(relation);
      relation = null;
    }
  };
  parser.write(xml).close();

  const typeOfMention = new Map<string, string>();
  for (const r of refersTo) {
    const type = r.target ? entityTypes.get(r.target) : undefined;
    if (type) for (const s of r.sources) typeOfMention.set(s, type);
  }
  for (const m of doc.mentions) m.entityType = typeOfMention.get(m.id) ?? null;
  // A few files do not flag the creation time; it is then the TIMEX3 of the dateline (sentence 1).
  if (!doc.timexes.some((t) => t.creationTime)) {
    const sentenceOf = new Map(doc.tokens.map((t) => [t.id, t.sentence]));
    const dateline = doc.timexes.find(
      (t) => t.tokenIds.length > 0 && t.tokenIds.every((id) => sentenceOf.get(id) === 1),
    );
    if (dateline) dateline.creationTime = true;
  }
  return doc;
}
