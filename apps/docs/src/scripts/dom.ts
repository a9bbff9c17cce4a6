/**
 * Builds DOM nodes for the client-side viewers. Data only ever becomes text nodes and attribute values
 * (createTextNode, setAttribute): no innerHTML, so an article holding "<script>" shows it as text.
 */
export type Child = Node | string | null | undefined | false;

export function el(
  tag: string,
  attrs: Record<string, string | number | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, String(value));
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Fetches one of the site's JSON shards; a missing shard is an error the page shows. */
export async function fetchShard<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

/** The ?id= of the page's URL. */
export function idFromQuery(): string | undefined {
  return new URLSearchParams(location.search).get('id') ?? undefined;
}

/**
 * Jumps to the URL's #fragment once the element exists: replacing the location with itself is a fragment
 * navigation, so the browser scrolls to it and it matches :target, as on a static page.
 */
export function revealTarget(): void {
  if (location.hash.length > 1) location.replace(location.href);
}

/** Shows a failure in the page instead of leaving it blank. */
export function showError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('p', { class: 'viewer-error', role: 'alert' }, message));
}

/** Sets the page's <title> and first heading. */
export function setTitle(title: string): void {
  document.title = `${title} | Dossier dataset`;
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = title;
}
