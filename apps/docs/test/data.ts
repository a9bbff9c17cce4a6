/** What the browser tests compare the site against: the built dataset and schemas, read from disk. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** DOSSIER_ROOT, as for the site build, points the tests at another repository layout (e.g. a corpus build). */
export const REPO = process.env.DOSSIER_ROOT
  ? `${process.env.DOSSIER_ROOT.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../', import.meta.url));
export const DATA_DIST = `${REPO}data/dist/`;
export const RELEASES = `${REPO}data/releases/`;

export function readRows<T = Record<string, unknown>>(table: string): T[] {
  const file = `${DATA_DIST}${table}.json`;
  if (!existsSync(file)) throw new Error(`${file} not found: build the dataset first (pnpm build)`);
  return JSON.parse(readFileSync(file, 'utf8')) as T[];
}

export function schemaColumns(table: string): string[] {
  const schema = JSON.parse(readFileSync(`${REPO}schemas/${table}.schema.json`, 'utf8')) as {
    properties: Record<string, unknown>;
  };
  return Object.keys(schema.properties);
}

export interface Entity {
  entity_id: string;
  type: string;
  name: string;
  mention_count: number;
}

/** The most mentioned person; fails loudly when extraction has produced no people. */
export function mostMentionedPerson(): Entity {
  const people = readRows<Entity>('entities').filter((e) => e.type === 'person');
  if (people.length === 0) {
    throw new Error(
      'data/dist/entities.json has no person: entity extraction has not landed in this build, so the person pages cannot be tested',
    );
  }
  return [...people].sort((a, b) => b.mention_count - a.mention_count || (a.name < b.name ? -1 : 1))[0]!;
}

export function entityPath(entityId: string): string {
  const [type, slug] = entityId.split(':') as [string, string];
  const section = { person: 'people', organization: 'organizations', country: 'countries', place: 'places' }[type];
  return `/${section}/${slug}/`;
}

export function anchorOf(rowId: string): string {
  return rowId.slice(rowId.lastIndexOf('#') + 1);
}
