/**
 * How the scorer compares names and titles. Deliberately forgiving about typography (curly vs straight
 * apostrophes, "U.S." vs "US", hyphens, case, a possessive ending) and strict about everything else: a
 * name matches when one of its written forms equals one of the gold's forms after this normalization.
 */

/** A written name reduced to a comparison key. */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/'s?$/u, '') // "Okafor's", "Ruiz’" → the name itself
    .replace(/\./g, '')
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('en');
}

/** The comparison keys of every form of an entity. */
export function nameKeys(forms: ReadonlyArray<string | null | undefined>): Set<string> {
  const keys = new Set<string>();
  for (const f of forms) if (f) keys.add(nameKey(f));
  keys.delete('');
  return keys;
}

export function sharesKey(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/**
 * Title synonyms the gold guidelines fold into one normalized title (GUIDELINES.md, "roles"): the gendered
 * forms of spokesperson, British and American spellings, and spelled-out forms of common abbreviations.
 * Everything else must match word for word (case-insensitive): "Intelligence Director" is not "Director".
 */
export const TITLE_SYNONYMS: Readonly<Record<string, string>> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  'top aide': 'aide',
  'senior aide': 'aide',
  'chief executive officer': 'chief executive',
  ceo: 'chief executive',
  'secretary general': 'secretary-general',
  'defence minister': 'defense minister',
  'defence secretary': 'defense secretary',
  'minister of defence': 'defense minister',
  'minister of defense': 'defense minister',
  'minister of foreign affairs': 'foreign minister',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
};

/** A title reduced to its comparison key, synonyms folded. */
export function titleKey(title: string): string {
  const plain = title
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('en')
    .replace(/^(?:the|a|an) /, '');
  const hyphenless = plain.replace(/-/g, ' ');
  return TITLE_SYNONYMS[plain] ?? TITLE_SYNONYMS[hyphenless] ?? hyphenless;
}
