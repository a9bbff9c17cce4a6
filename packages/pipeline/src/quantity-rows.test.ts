/**
 * Every quantities row the per-article stage makes passes the schema (packages/extract's quantities end with
 * withinValueGrammar): numbers of any length, with scale words, currencies, qualifiers and ranges.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowValidators } from '@dossier/validate';
import { processArticle } from './process.js';

const digits = fc.oneof(
  fc.integer({ min: 1, max: 400 }).map((n) => '8'.repeat(n)),
  fc.integer({ min: 1, max: 999_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.nat(9999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
);
const amount = fc.tuple(
  fc.constantFrom('', 'more than ', 'about ', 'at least ', 'nearly ', 'up to ', '$', 'between '),
  digits,
  fc.constantFrom('', ' million', ' billion', ' thousand', 'bn', 'm', ' to 9' + '9'.repeat(320)),
  fc.constantFrom(' coins', ' ledgers', ' percent', ' km', ' people', '%', ''),
);

describe('quantities rows', () => {
  it('always pass the quantities schema', () => {
    const validate = rowValidators().get('quantities')!;
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 4 }), (amounts) => {
        const sentences = amounts.map(
          ([qualifier, number, scale, unit]) =>
            `The council counted ${qualifier}${number}${scale}${unit} in the vault.`,
        );
        const bytes = new TextEncoder().encode(` date 2024-03-01 By Ana Ruiz, Ledger\n\n${sentences.join(' ')}\n`);
        const outcome = processArticle({ sourceFile: 'q.txt', bytes });
        expect(outcome.diagnostics).toEqual([]);
        for (const row of outcome.processed!.rows.quantities) expect(validate(row) ? [] : validate.errors).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
