/**
 * Small look-ups over EntityFindings that the entity tests read their results with. Test-only (excluded from
 * the build): no extractor uses them; quotes and events keep their own indexed look-ups.
 */
import type { LocalEntity, MentionAnnotation, Sentence, Span } from '@dossier/core';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';
import type { EntityFindings } from './types.js';

/** Mentions lying wholly inside [span.start, span.end), in text order. */
export function mentionsInSpan(findings: EntityFindings, span: Span): MentionAnnotation[] {
  return findings.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
}

/** The entity whose mention covers the UTF-16 offset, or null. */
export function entityAt(findings: EntityFindings, offset: number): LocalEntity | null {
  const m = findings.mentions.find((x) => x.start <= offset && offset < x.end);
  return m ? (findings.entities.find((e) => e.key === m.entityKey) ?? null) : null;
}

/** Person mentions inside a sentence, in text order (one per mention, so a person may appear twice). */
export function personsInSentence(findings: EntityFindings, sentence: Span | Sentence): MentionAnnotation[] {
  const persons = new Set(findings.entities.filter((e) => e.type === 'person').map((e) => e.key));
  return mentionsInSpan(findings, sentence).filter((m) => persons.has(m.entityKey));
}

/** Every mention of one entity, in text order. */
export function mentionsOf(findings: EntityFindings, entityKey: string): MentionAnnotation[] {
  return findings.mentions.filter((m) => m.entityKey === entityKey);
}

/** Each role with its person and affiliation by name, and the rule that decided the affiliation. */
export function namedRoles(findings: EntityFindings) {
  const name = (key: string | null) =>
    key === null ? null : (findings.entities.find((e) => e.key === key)?.name ?? key);
  return findings.roles.map((r) => ({
    person: name(r.personKey),
    title: r.title,
    affiliation: name(r.organizationKey ?? r.countryKey),
    rule: r.affiliationRule,
  }));
}

/** The names of the entities of one type that an invented article yields, sorted. */
export function entityNames(body: string, type: string, published = '2025-06-06'): string[] {
  return findEntities(articleOf(body, published))
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
}
