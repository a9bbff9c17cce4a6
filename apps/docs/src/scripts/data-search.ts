/**
 * The search box of the entity and article lists: finds entities by name or alias and articles by outlet,
 * date (year and month) or headline, in the sharded index of src/lib/search-index.ts. Results are links
 * built with DOM nodes, never HTML.
 */
import { answer, queryKey, shardFileName, type SearchEntry } from '../lib/search-index.ts';
import { el } from './dom.ts';

const LIMIT = 50;
const shards = new Map<string, Promise<SearchEntry[]>>();

function shard(key: string): Promise<SearchEntry[]> {
  let found = shards.get(key);
  if (!found) {
    // A key with no shard has no entries: the build writes a file for every key that has one.
    found = fetch(`/data/search/${shardFileName(key)}`).then((r) => (r.ok ? (r.json() as Promise<SearchEntry[]>) : []));
    shards.set(key, found);
  }
  return found;
}

function setUp(form: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLElement>('[data-search-results]')!;
  const kind = form.dataset.searchKind;
  let latest = 0;
  const run = async () => {
    const query = input.value;
    const ticket = ++latest;
    const key = queryKey(query);
    if (key === undefined) {
      list.replaceChildren();
      status.textContent = query.trim() ? 'Type a name, an outlet, or a year and month (2024-05).' : '';
      return;
    }
    const hits = answer(await shard(key), query, Number.POSITIVE_INFINITY).filter((e) => !kind || e.kind === kind);
    if (ticket !== latest) return;
    list.replaceChildren(
      ...hits.slice(0, LIMIT).map((e) => el('li', {}, el('a', { href: e.url }, e.label), el('span', {}, e.detail))),
    );
    status.textContent =
      hits.length > LIMIT ? `${hits.length} found; the first ${LIMIT} are shown` : `${hits.length} found`;
  };
  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  if (input.value) void run();
}

for (const form of document.querySelectorAll<HTMLElement>('[data-data-search]')) setUp(form);
