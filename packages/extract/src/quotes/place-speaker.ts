/**
 * A person's name that the recognizer typed as a place, because a town carries it too ("Brooks said",
 * "Wallace asked"). A place does not speak: the subject of a verb of saying that is a bare name, and that the
 * article never uses as a place (after a preposition: "in Brooks", nor as a title's territory), is a person.
 */
import { entityId, type LocalEntity, type Span, type Token } from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';
import { tokenRange } from './tokens.js';

/**
 * The place entity whose mention is exactly the speaker phrase, when the article gives no sign that it is a
 * place; else null.
 */
export function placeReadAsPerson(
  findings: EntityFindings,
  tokens: readonly Token[],
  phrase: Span,
): LocalEntity | null {
  const mention = findings.mentions.find((m) => m.start === phrase.start && m.end === phrase.end);
  const entity = mention && findings.entities.find((e) => e.key === mention.entityKey);
  if (entity?.type !== 'place') return null;
  const [from, to] = tokenRange(tokens, phrase.start, phrase.end);
  if (to <= from || tokens.slice(from, to).some((t) => t.pos !== 'PROPN')) return null;
  if (findings.roles.some((r) => r.countryKey === entity.key || r.organizationKey === entity.key)) return null;
  const ofEntity = findings.mentions.filter((m) => m.entityKey === entity.key);
  return ofEntity.some((m) => afterPreposition(tokens, m)) ? null : entity;
}

/** Turns the place into a person, with every mention of it; returns the new key. */
export function retypeAsPerson(findings: EntityFindings, entity: LocalEntity): string | null {
  const key = entityId('person', entity.name);
  if (findings.entities.some((e) => e.key === key)) return null;
  for (const m of findings.mentions) if (m.entityKey === entity.key) m.entityKey = key;
  entity.key = key;
  entity.type = 'person';
  entity.countryCode = null;
  // Entities stay sorted by key, as the recognizer returns them.
  findings.entities.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return key;
}

function afterPreposition(tokens: readonly Token[], mention: Span): boolean {
  const [from] = tokenRange(tokens, mention.start, mention.end);
  let k = from - 1;
  // "in the town of Brooks", "from nearby Brooks": the preposition may stand a word or two before.
  while (k >= 0 && k >= from - 3 && ['DET', 'ADJ'].includes(tokens[k]!.pos)) k--;
  return k >= 0 && tokens[k]!.pos === 'ADP';
}
