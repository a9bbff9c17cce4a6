/**
 * Every URL the site links to is made here, so that the pages, the tests and the downloads agree.
 * Entity IDs look like "person:jane-doe"; row IDs like "<article_id>#m-jane-doe.1".
 */

const SECTION_OF_TYPE: Record<string, string> = {
  person: 'people',
  organization: 'organizations',
  country: 'countries',
  place: 'places',
};

export const ENTITY_SECTIONS = Object.entries(SECTION_OF_TYPE).map(([type, section]) => ({ type, section }));

function splitEntityId(entityId: string): { type: string; slug: string } {
  const colon = entityId.indexOf(':');
  if (colon <= 0 || colon === entityId.length - 1) {
    throw new Error(`entity ID "${entityId}" is malformed: expected "<type>:<slug>", e.g. "person:jane-doe"`);
  }
  return { type: entityId.slice(0, colon), slug: entityId.slice(colon + 1) };
}

/** The section (people, organizations, …) and slug under which an entity's page lives. */
export function entityRoute(entityId: string): { section: string; slug: string } {
  const { type, slug } = splitEntityId(entityId);
  const section = SECTION_OF_TYPE[type];
  if (!section)
    throw new Error(
      `entity ID "${entityId}" has unknown type "${type}" (expected ${Object.keys(SECTION_OF_TYPE).join(', ')})`,
    );
  return { section, slug };
}

export function entityUrl(entityId: string): string {
  const { section, slug } = entityRoute(entityId);
  return `/${section}/${slug}/`;
}

export function articleUrl(articleId: string): string {
  return `/articles/${encodeURIComponent(articleId)}/`;
}

/**
 * The HTML id of a row's span in its article view: the part of the row ID after "#" ("m-jane-doe.1"),
 * which is unique within an article because it encodes the table letter, the span key and the occurrence.
 */
export function anchorOf(rowId: string): string {
  const hash = rowId.lastIndexOf('#');
  if (hash < 0 || hash === rowId.length - 1) throw new Error(`row ID "${rowId}" has no "#<span>" part`);
  return rowId.slice(hash + 1);
}

/** The article view scrolled to a row's span. */
export function spanUrl(articleId: string, rowId: string): string {
  return `${articleUrl(articleId)}#${anchorOf(rowId)}`;
}

export function tableUrl(table: string): string {
  return `/tables/${table}/`;
}

export function downloadUrl(version: string, file: string): string {
  return `/downloads/${version}/${file}`;
}
