import { describe, expect, it } from 'vitest';
import { recordHead } from './entity-records.ts';

describe('recordHead', () => {
  it('reads the kind and the entity from the start of a record as written', () => {
    const record = { k: 'quote', e: 'person:ada "the" \\ lovelace', note: '"}', evidence: { text: 'x' } };
    expect(recordHead(JSON.stringify(record))).toEqual({ k: 'quote', e: 'person:ada "the" \\ lovelace' });
  });

  it('parses a record of another shape whole', () => {
    expect(recordHead('{"e":"place:somewhere","k":"role","label":"x"}')).toEqual({ k: 'role', e: 'place:somewhere' });
  });
});
