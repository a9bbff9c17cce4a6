import { describe, expect, it } from 'vitest';
import { scoreDataset } from './report.js';
import { METRICS } from './score-article.js';
import { BODY, GOLD, emptyTables, perfectTables } from './fixture.test-helpers.js';
import type { TableSet } from '@dossier/validate';

const score = (tables: TableSet) => scoreDataset(tables, [{ file: 'a1.gold.json', gold: GOLD }]);

describe('scoreDataset', () => {
  it('scores a perfect prediction 1.0 on every metric and accuracy', () => {
    const report = score(perfectTables());
    expect(report.gold_problems).toEqual([]);
    for (const m of METRICS)
      expect({ m, ...report.micro[m] }).toMatchObject({ m, precision: 1, recall: 1, f1: 1, fp: 0, fn: 0 });
    for (const a of Object.values(report.accuracy)) expect(a.accuracy).toBe(1);
    expect(report.round_trip_failures).toBe(0);
    expect(report.micro.persons.tp).toBe(2);
    expect(report.micro.timexes.tp).toBe(3);
  });

  it('scores an empty prediction 0 and lists every gold item as missed', () => {
    const report = score(emptyTables());
    for (const m of METRICS)
      expect({ m, ...report.micro[m] }).toMatchObject({ m, precision: 0, recall: 0, f1: 0, tp: 0 });
    expect(report.per_article[0]!.metrics.persons.missed).toEqual(['Lena Okafor', 'Tomas Reyl']);
    expect(report.per_article[0]!.metrics.roles.missed).toEqual([
      'Lena Okafor: Spokesperson (Harbor Authority)',
      'Tomas Reyl: Director (Harbor Authority)',
    ]);
  });

  it('loses exactly one role when one title is wrong', () => {
    const tables = perfectTables();
    tables.roles![1] = { ...tables.roles![1]!, title: 'Chairman' };
    const report = score(tables);
    expect(report.micro.roles).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(report.per_article[0]!.metrics.roles.spurious).toEqual(['Tomas Reyl: Chairman (Harbor Authority)']);
    for (const m of METRICS.filter((x) => x !== 'roles')) expect(report.micro[m].f1).toBe(1);
  });

  it('folds title synonyms (spokeswoman = spokesperson) but not different titles', () => {
    const tables = perfectTables();
    tables.roles![0] = { ...tables.roles![0]!, title: 'Spokeswoman' };
    expect(score(tables).micro.roles.f1).toBe(1);
    tables.roles![0] = { ...tables.roles![0]!, title: 'Press Officer' };
    expect(score(tables).micro.roles.tp).toBe(1);
  });

  it('requires the affiliation: a missing one is a different role', () => {
    const tables = perfectTables();
    tables.roles![0] = { ...tables.roles![0]!, organization_id: null };
    expect(score(tables).micro.roles).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('counts one role per person, title and affiliation however often the article states it', () => {
    const tables = perfectTables();
    tables.roles!.push({ ...tables.roles![0]! });
    expect(score(tables).micro.roles).toMatchObject({ tp: 2, fp: 0 });
  });

  it('matches a person by an alias, and counts a person the gold lacks as spurious', () => {
    const tables = perfectTables();
    tables.entities = tables.entities!.map((e) =>
      e.name === 'Lena Okafor' ? { ...e, name: 'Okafor', aliases: null } : e,
    );
    tables.entities.push({ entity_id: 'person:port-director', type: 'person', name: 'Port Director', aliases: null });
    tables.mentions!.push({
      article_id: 'a1',
      entity_id: 'person:port-director',
      text: 'Port director',
      start: BODY.indexOf('Port director'),
      end: BODY.indexOf('Port director') + 13,
    });
    const report = score(tables);
    expect(report.micro.persons).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(report.per_article[0]!.metrics.persons.spurious).toEqual(['Port Director']);
  });

  it('judges timex values only on matched spans: a wrong value keeps the span but loses timex_values', () => {
    const tables = perfectTables();
    tables.temporal_expressions![0] = { ...tables.temporal_expressions![0]!, value: '2025-03-11' };
    const report = score(tables);
    expect(report.micro.timexes.f1).toBe(1);
    expect(report.micro.timex_values).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.accuracy.timex_value).toEqual({ correct: 2, total: 3, accuracy: 0.6667 });
    expect(report.per_article[0]!.accuracy.timex_value.wrong).toEqual([
      '"Tuesday": expected 2025-03-04, found 2025-03-11',
    ]);
  });

  it('accepts a predicted span that only overlaps the gold span', () => {
    const tables = perfectTables();
    const q = tables.quantities![0]!; // "more than 40 ships" → "40"
    const start = BODY.indexOf('40 ships');
    tables.quantities![0] = { ...q, text: '40', start, end: start + 2 };
    expect(score(tables).micro.quantities.f1).toBe(1);
  });

  it('does not match spans that merely touch', () => {
    const tables = perfectTables();
    const start = BODY.indexOf(' that more than 40');
    tables.quantities![0] = { ...tables.quantities![0]!, text: ' that', start, end: start + 5 }; // ends where "more" starts
    expect(score(tables).micro.quantities).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('judges speakers: a named entity, an unnamed-source keyword, or nobody', () => {
    const tables = perfectTables();
    expect(score(tables).accuracy.quote_speaker.accuracy).toBe(1);
    tables.quotes![2] = { ...tables.quotes![2]!, speaker_text: 'officials in Norland' };
    expect(score(tables).accuracy.quote_speaker.accuracy).toBe(1);
    tables.quotes![2] = { ...tables.quotes![2]!, speaker_text: 'a spokesperson' };
    expect(score(tables).accuracy.quote_speaker).toMatchObject({ correct: 2, total: 3 });
    tables.quotes![0] = { ...tables.quotes![0]!, speaker_id: tables.quotes![1]!.speaker_id };
    expect(score(tables).micro.quote_speakers).toMatchObject({ tp: 1, fp: 2, fn: 2 });
  });

  it('counts rows whose span does not round-trip', () => {
    const tables = perfectTables();
    tables.quotes![0] = { ...tables.quotes![0]!, start: (tables.quotes![0]!.start as number) + 1 };
    const report = score(tables);
    expect(report.round_trip_failures).toBe(1);
  });

  it('skips articles without gold and names gold without an article', () => {
    const tables = perfectTables();
    tables.articles!.push({ article_id: 'b2', body: 'Nothing here.', published: '2025-01-01' });
    const report = scoreDataset(tables, [
      { file: 'a1.gold.json', gold: GOLD },
      { file: 'c3.gold.json', gold: { ...GOLD, article: 'c3' } },
    ]);
    expect(report.articles_scored).toBe(1);
    expect(report.skipped).toEqual([
      { article_id: 'b2', reason: 'no gold file' },
      { article_id: 'c3', reason: 'gold file c3.gold.json has no article in the dataset' },
    ]);
  });

  it('reports gold text that is not in the body instead of scoring it', () => {
    const gold = {
      ...GOLD,
      timexes: [...GOLD.timexes, { text: 'Wednesday', nth: 1, type: 'DATE' as const, value: '2025-03-05' }],
    };
    const report = scoreDataset(perfectTables(), [{ file: 'a1.gold.json', gold }]);
    expect(report.gold_problems.map((d) => d.ruleId)).toEqual(['gold/text-not-in-body']);
    expect(report.micro.timexes.f1).toBe(1);
  });

  it('averages micro over items and macro over articles', () => {
    const a = perfectTables();
    const bodyB = 'Mayor Ada Vell spoke.';
    const goldB = {
      ...GOLD,
      article: 'b2',
      anchor_text: 'Mayor Ada Vell spoke.',
      persons: [{ name: 'Ada Vell', aliases: [] }],
      organizations: [],
      countries: [],
      roles: [],
      timexes: [],
      quotes: [],
      quantities: [],
    };
    a.articles!.push({ article_id: 'b2', body: bodyB, published: '2025-01-01' });
    const report = scoreDataset(a, [
      { file: 'a1.gold.json', gold: GOLD },
      { file: 'b2.gold.json', gold: goldB },
    ]);
    // persons: a1 2/2 found, b2 0/1 → micro recall 2/3, macro recall (1 + 0) / 2.
    expect(report.micro.persons).toMatchObject({ tp: 2, fn: 1, recall: 0.6667 });
    expect(report.macro.persons).toMatchObject({ recall: 0.5, articles: 2 });
    // roles: only a1 has any, so macro averages over one article.
    expect(report.macro.roles).toMatchObject({ f1: 1, articles: 1 });
  });
});
