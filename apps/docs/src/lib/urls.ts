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

/**
 * Which entities and articles have a static page (src/lib/scale.ts decides; the site model sets it once per
 * build). Until it is set, every one has: the unit tests and the escaping check rely on that.
 */
interface LinkPolicy {
  hasEntityPage: (entityId: string) => boolean;
  articlePages: boolean;
}
let policy: LinkPolicy = { hasEntityPage: () => true, articlePages: true };

export function setLinkPolicy(next: LinkPolicy): void {
  policy = next;
}

/** The entity's static page. */
export function entityPageUrl(entityId: string): string {
  const { section, slug } = entityRoute(entityId);
  return `/${section}/${slug}/`;
}

/** The client-side entity viewer, which renders the entity's shard. */
export function entityViewerUrl(entityId: string): string {
  entityRoute(entityId);
  return `/entities/view/?id=${encodeURIComponent(entityId)}`;
}

/** Where a link to an entity goes: its static page when it has one, else the viewer. */
export function entityUrl(entityId: string): string {
  return policy.hasEntityPage(entityId) ? entityPageUrl(entityId) : entityViewerUrl(entityId);
}

export function articlePageUrl(articleId: string): string {
  return `/articles/${encodeURIComponent(articleId)}/`;
}

/** The client-side article viewer, which renders the article's shard. */
export function articleViewerUrl(articleId: string): string {
  return `/articles/view/?id=${encodeURIComponent(articleId)}`;
}

/** Where a link to an article goes: its static page on small datasets, else the viewer. */
export function articleUrl(articleId: string): string {
  return policy.articlePages && hasOwnPageUrl(articleId) ? articlePageUrl(articleId) : articleViewerUrl(articleId);
}

/** An article whose ID is "view" cannot have /articles/view/ as its page: that is the viewer's address. */
export function hasOwnPageUrl(articleId: string): boolean {
  return articleId !== 'view';
}

/** The file (under the site's root) of an article's shard (a long-tail entity's: src/lib/entity-buckets.ts). */
export function articleShardPath(articleId: string): string {
  return `data/articles/${encodeURIComponent(articleId)}.json`;
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
