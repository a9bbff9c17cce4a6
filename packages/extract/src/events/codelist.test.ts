/**
 * The event-type code list (schemas/codelists/event-types.json) against the trigger lexicon, the CAMEO and
 * PLOVER vocabularies it claims to map to, and the events the extractor emits on the seed article.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '@dossier/ingest';
import { loadLexicon } from '@dossier/lexicons';
import { extractArticle } from '../article.js';

interface EventType {
  id: string;
  label: string;
  definition: string;
  triggers: string[];
  cameo: { code: string; label: string; related: string[] };
  plover: { eventType: string | null; mode: string | null; note: string | null };
}
interface CodeList {
  source: string;
  types: EventType[];
}

const codeList = JSON.parse(
  readFileSync(new URL('../../../../schemas/codelists/event-types.json', import.meta.url), 'utf8'),
) as CodeList;
const ids = new Set(codeList.types.map((t) => t.id));
/** The PLOVER event types of the 2021 CAMEO-to-PLOVER crosswalk the code list cites. */
const PLOVER_TYPES = new Set([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'CONCEDE',
  'RETREAT',
  'ACCUSE',
  'DEMAND',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'MOBILIZE',
  'SANCTION',
  'COERCE',
  'ASSAULT',
]);

describe('event-type code list', () => {
  it('covers the types the issue requires', () => {
    for (const id of [
      'meeting',
      'talks',
      'phone_call',
      'visit',
      'statement',
      'proposal',
      'agreement',
      'ceasefire',
      'release',
      'attack',
      'criticism',
      'praise',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('has unique ids, a definition and trigger examples for every type', () => {
    expect(ids.size).toBe(codeList.types.length);
    for (const t of codeList.types) {
      expect(t.id, t.id).toMatch(/^[a-z][a-z_]*$/);
      expect(t.definition.length, t.id).toBeGreaterThan(20);
      expect(t.triggers.length, t.id).toBeGreaterThan(0);
    }
  });

  it('maps every type to a CAMEO code and to a PLOVER event type, or says why PLOVER has none', () => {
    for (const t of codeList.types) {
      expect(t.cameo.code, t.id).toMatch(/^\d{3,4}$/);
      for (const r of t.cameo.related) expect(r, t.id).toMatch(/^\d{3,4}$/);
      if (t.plover.eventType === null) expect(t.plover.note ?? '', t.id).toMatch(/dropped CAMEO 01/);
      else expect(PLOVER_TYPES.has(t.plover.eventType), `${t.id}: ${t.plover.eventType}`).toBe(true);
    }
  });

  it('keeps the crosswalk the issue gives as its example: criticize → CAMEO 111, PLOVER ACCUSE', () => {
    const criticism = codeList.types.find((t) => t.id === 'criticism')!;
    expect(criticism.cameo.code).toBe('111');
    expect(criticism.plover.eventType).toBe('ACCUSE');
  });

  it('names the CAMEO and PLOVER versions it used', () => {
    expect(codeList.source).toMatch(/CAMEO[^.]*1\.1b3/);
    expect(codeList.source).toMatch(/PLOVER/);
    expect(codeList.source).toMatch(/CAMEO2PLOVER-2021/);
  });

  it('gives every trigger in the lexicon a type from the code list', () => {
    const lexicon = loadLexicon<{ phrase: string; type: string }>('event-triggers');
    for (const e of lexicon.entries) expect(ids.has(e.type), `${e.phrase} → ${e.type}`).toBe(true);
    const phrases = lexicon.entries.map((e) => e.phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('has a trigger in the lexicon for every type', () => {
    const lexicon = loadLexicon<{ type: string }>('event-triggers');
    const covered = new Set(lexicon.entries.map((e) => e.type));
    for (const id of ids) expect(covered.has(id), id).toBe(true);
  });

  it('types every event emitted on the seed article from the code list', () => {
    const seed = new URL('../../../../data/raw/000_5333fd87b6e1a47e.txt', import.meta.url);
    const doc = parseArticle('000_5333fd87b6e1a47e.txt', readFileSync(seed)).doc!;
    const { events } = extractArticle(doc);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(ids.has(e.type), e.type).toBe(true);
  });
});
