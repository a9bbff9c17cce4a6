/**
 * Issue 18, second pass: attributions that the splitter, the tagger or a long name used to break. Every
 * sentence here is written for these tests; the people, towns and groups are invented.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDoc, EntityType, MentionAnnotation } from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';
import { findQuotes } from './index.js';
import { articleOf } from '../article.test-helpers.js';

const docOf = (...paragraphs: string[]) => articleOf(paragraphs.join('\n\n'), '2025-03-14');

function entitiesOf(doc: ArticleDoc, spec: Array<[EntityType, string, string[]]>): EntityFindings {
  const mentions: MentionAnnotation[] = [];
  const entities = spec.map(([type, name, forms]) => {
    const key = `${type}:${name.toLowerCase().replace(/\W+/g, '-')}`;
    for (const form of forms) {
      for (let i = doc.body.indexOf(form); i >= 0; i = doc.body.indexOf(form, i + 1)) {
        if (!mentions.some((m) => i < m.end && i + form.length > m.start))
          mentions.push({ start: i, end: i + form.length, text: form, entityKey: key, kind: 'name' });
      }
    }
    return { key, type, name, aliases: forms.filter((f) => f !== name), countryCode: null };
  });
  return { entities, mentions: mentions.sort((a, b) => a.start - b.start), roles: [] };
}

const quoteOf = (doc: ArticleDoc, entities: EntityFindings, text: string) =>
  findQuotes(doc, entities, []).find((q) => q.text.startsWith(text))!;

describe('attributions the sentence splitter cuts', () => {
  it('“…?” said X, a long description: the splitter cuts after ?” but the lower-case tail still attributes', () => {
    const doc = docOf(
      '“Is the ruling really the end of the matter for the whole region?” said Lena Moritz, a former lawyer for the county who now teaches at a college in the north.',
    );
    const e = entitiesOf(doc, [['person', 'Lena Moritz', ['Lena Moritz']]]);
    expect(quoteOf(doc, e, 'Is the ruling')).toMatchObject({ speakerKey: 'person:lena-moritz', cue: 'said' });
  });

  it('“…!” Rep. X, R-State, said of …: a longer capitalised tail with a verb of saying among its first words', () => {
    const doc = docOf('“What a week!” Rep. Ivo Brandt, R-Ohio, said of the swirl of meetings at the convention hall.');
    const e = entitiesOf(doc, [['person', 'Ivo Brandt', ['Ivo Brandt']]]);
    expect(quoteOf(doc, e, 'What a week')).toMatchObject({ speakerKey: 'person:ivo-brandt', cue: 'said' });
  });

  it('a party label in brackets is part of the name, and its letter "I" is no pronoun', () => {
    const doc = docOf('Sen. Mara Quill (I-Vt.) said Sunday in Ashby that the turnout “will help the whole ticket.”');
    const e = entitiesOf(doc, [['person', 'Mara Quill', ['Mara Quill']]]);
    expect(quoteOf(doc, e, 'will help')).toMatchObject({
      speakerKey: 'person:mara-quill',
      speakerText: 'Sen. Mara Quill (I-Vt.)',
      speakerRule: 'explicit',
    });
  });
});

describe('the speaker phrase', () => {
  it('a name with "of" its institution: the head stands before "of" ("X of the Law School" is no law)', () => {
    const doc = docOf('“It was a long shot from the start,” said Odile Brecht of the Ashby School of Law.');
    const e = entitiesOf(doc, [['person', 'Odile Brecht', ['Odile Brecht']]]);
    expect(quoteOf(doc, e, 'It was a long shot')).toMatchObject({ speakerKey: 'person:odile-brecht' });
  });

  it('grows to the whole mention when the tagger cuts a name the recognizer found', () => {
    const doc = docOf('Town spokesman Josh Pelly said the mayor would be a “particularly strong voice” for the plan.');
    const e = entitiesOf(doc, [['person', 'Josh Pelly', ['Josh Pelly']]]);
    const q = quoteOf(doc, e, 'particularly strong voice');
    expect(q.speakerKey).toBe('person:josh-pelly');
    expect(q.speakerText).toContain('Josh Pelly');
  });

  it('"Asked what …, X replied:" — the opening participle is no cue; the subject of the main verb speaks', () => {
    const doc = docOf('Asked what a firm deal looks like, Tova Renn replied: “We are a long way off from that.”');
    const e = entitiesOf(doc, [['person', 'Tova Renn', ['Tova Renn']]]);
    expect(quoteOf(doc, e, 'We are a long way')).toMatchObject({ speakerKey: 'person:tova-renn', cue: 'replied' });
  });

  it('verbs of saying in manner ("fumed", "opined"), also when the tagger reads the past form as an adjective', () => {
    const doc = docOf(
      '“They would have gone to the only bill with support from both sides,” Pell fumed on Tuesday.',
      '“Owners should leave their boats at home,” opined the Ashby Ledger.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ada Pell', ['Pell']],
      ['organization', 'Ashby Ledger', ['Ashby Ledger']],
    ]);
    expect(quoteOf(doc, e, 'They would have gone')).toMatchObject({ speakerKey: 'person:ada-pell', cue: 'fumed' });
    expect(quoteOf(doc, e, 'Owners should')).toMatchObject({ speakerKey: 'organization:ashby-ledger', cue: 'opined' });
  });
});
