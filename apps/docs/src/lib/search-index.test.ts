import { describe, expect, it } from 'vitest';
import { answer, keyOf, queryKey, searchShards, searchWords, shardFileName, type SearchEntry } from './search-index.ts';

const entry = (kind: string, label: string, text: string): SearchEntry => ({
  kind,
  label,
  detail: '',
  url: `/${label}/`,
  words: searchWords(text),
});

describe('the sharded search index', () => {
  const entries = [
    entry('entity', 'Marta Quillon', 'Marta Quillon'),
    entry('entity', 'Harbour Board of Port Ellis', 'Harbour Board of Port Ellis'),
    entry('article', 'Harbour Ledger, 2024-05-14', 'Harbour Ledger 2024-05-14 Fees rise at Port Ellis'),
    entry('entity', 'Émile Brandt', 'Émile Brandt'),
  ];
  const shards = searchShards(entries);

  it('keys words by their first three letters and dates by year and month', () => {
    expect(searchWords('Émile  BRANDT, 2024-05-14!')).toEqual(['emile', 'brandt', '2024-05-14']);
    expect(keyOf('harbour')).toBe('har');
    expect(keyOf('of')).toBe('of');
    expect(keyOf('2024-05-14')).toBe('2024-05');
    expect(keyOf('2024')).toBeUndefined();
  });

  it('stores an entry once in the shard of each of its keys', () => {
    expect(shards.get('har')!.map((e) => e.label)).toEqual([
      'Harbour Board of Port Ellis',
      'Harbour Ledger, 2024-05-14',
    ]);
    expect(shards.get('2024-05')!.map((e) => e.label)).toEqual(['Harbour Ledger, 2024-05-14']);
    expect(shards.get('por')!.length).toBe(2);
  });

  it('answers a query from the shard of its first word, every word a prefix, entities first', () => {
    const query = 'port ell';
    expect(queryKey(query)).toBe('por');
    expect(answer(shards.get('por')!, query).map((e) => e.kind)).toEqual(['entity', 'article']);
    expect(answer(shards.get('por')!, 'port fees').map((e) => e.label)).toEqual(['Harbour Ledger, 2024-05-14']);
    expect(answer(shards.get('emi')!, 'emile').map((e) => e.label)).toEqual(['Émile Brandt']);
    expect(answer(shards.get('har')!, 'harbour zzz')).toEqual([]);
    expect(queryKey('  ,, ')).toBeUndefined();
  });

  it('names shard files safely', () => {
    expect(shardFileName('har')).toBe('har.json');
    expect(shardFileName('2024-05')).toBe('2024-05.json');
    expect(shardFileName('ør/')).toBe('xc3b8722f.json');
  });
});
