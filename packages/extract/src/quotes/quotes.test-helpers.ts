/** Test helpers for the quote extractor: an article from paragraphs, and entity findings given by hand. */
import type { ArticleDoc, EntityType, MentionAnnotation } from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';
import { findQuotes } from './index.js';
import { articleOf } from '../article.test-helpers.js';

export const docOf = (...paragraphs: string[]) => articleOf(paragraphs.join('\n\n'), '2025-03-14');

/** Entities as [type, name, surface forms]; every occurrence of a form that overlaps no earlier one is a mention. */
export function entitiesOf(doc: ArticleDoc, spec: Array<[EntityType, string, string[]]>): EntityFindings {
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

export const quoteOf = (doc: ArticleDoc, entities: EntityFindings, text: string) =>
  findQuotes(doc, entities, []).find((q) => q.text.startsWith(text))!;
