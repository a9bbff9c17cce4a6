/**
 * Persons and roles against the development corpus's gold files (../shared/corpus, outside the repository).
 * Skips when the corpus is absent. The thresholds sit below the measured scores (see ../../README.md) so that a
 * regression fails without the test pinning exact numbers.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@dossier/ingest';
import { findEntities } from './index.js';

const corpus = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const present = existsSync(corpus);

interface Gold {
  persons: Array<{ name: string; aliases?: string[] }>;
  organizations: Array<{ name: string; aliases?: string[] }>;
  countries: Array<{ name: string; aliases?: string[] }>;
  places: Array<{ name: string; aliases?: string[] }>;
  roles: Array<{ person: string; title: string; affiliation: string | null }>;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const forms = (e: { name: string; aliases?: string[] }) => [e.name, ...(e.aliases ?? [])].map(fold);

describe.skipIf(!present)('development corpus (gold)', () => {
  const totals = { personTp: 0, personPred: 0, personGold: 0, roleTp: 0, rolePred: 0, roleGold: 0 };
  const spurious: string[] = [];
  if (present) {
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
      const gold = JSON.parse(readFileSync(`${corpus}${file.replace(/\.txt$/, '.gold.json')}`, 'utf8')) as Gold;
      const doc = parseArticle(file, readFileSync(`${corpus}${file}`)).doc!;
      const f = findEntities(doc);
      const entity = new Map(f.entities.map((e) => [e.key, e]));
      const toGold = new Map<string, string>();
      for (const p of f.entities.filter((e) => e.type === 'person')) {
        const g = gold.persons.find((g) => ![...toGold.values()].includes(g.name) && forms(p).some((x) => forms(g).includes(x)));
        if (g) toGold.set(p.key, g.name);
        else spurious.push(`${file}: ${p.name}`);
        totals.personPred++;
      }
      totals.personTp += toGold.size;
      totals.personGold += gold.persons.length;
      const goldAffiliations = [...gold.organizations, ...gold.countries, ...gold.places];
      const predicted = new Map<string, { person: string; title: string; affiliation: string[] }>();
      for (const r of f.roles) {
        const aff = r.organizationKey ?? r.countryKey;
        const person = toGold.get(r.personKey) ?? entity.get(r.personKey)!.name;
        predicted.set(`${person}|${r.title}|${aff}`, { person, title: r.title, affiliation: aff ? forms(entity.get(aff)!) : [] });
      }
      const used = new Set<number>();
      for (const p of predicted.values()) {
        const i = gold.roles.findIndex((g, i) => {
          if (used.has(i) || g.person !== p.person || g.title !== p.title) return false;
          if (g.affiliation === null) return p.affiliation.length === 0;
          const target = goldAffiliations.find((a) => a.name === g.affiliation);
          return p.affiliation.some((x) => (target ? forms(target) : [fold(g.affiliation!)]).includes(x));
        });
        if (i >= 0) used.add(i);
      }
      totals.roleTp += used.size;
      totals.rolePred += predicted.size;
      totals.roleGold += gold.roles.length;
    }
  }
  const f1 = (tp: number, pred: number, gold: number) => (2 * tp) / (pred + gold);

  it('finds the gold persons (F1 ≥ 0.95) and no spurious ones', () => {
    expect(f1(totals.personTp, totals.personPred, totals.personGold)).toBeGreaterThanOrEqual(0.95);
    expect(spurious).toEqual([]);
  });

  it('finds the gold roles with person, title and affiliation (F1 ≥ 0.88)', () => {
    expect(f1(totals.roleTp, totals.rolePred, totals.roleGold)).toBeGreaterThanOrEqual(0.88);
  });
});
