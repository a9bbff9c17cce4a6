import { describe, expect, it } from 'vitest';
import { entityId, slugify, spanId } from './ids.js';

describe('ids', () => {
  it('builds entity IDs from type and canonical name only', () => {
    expect(entityId('person', 'Mariam al-Sayegh')).toBe('person:mariam-al-sayegh');
    expect(entityId('organization', 'U.N. Security Council')).toBe('organization:un-security-council');
  });

  it('folds diacritics and apostrophes so spelling variants share a slug', () => {
    expect(slugify('Zoë O’Neill')).toBe('zoe-oneill');
    expect(slugify("Zoe O'Neill")).toBe('zoe-oneill');
  });

  it('gives names without Latin letters a stable hashed slug', () => {
    const a = slugify('محمد');
    expect(a).toMatch(/^x[0-9a-f]{12}$/);
    expect(slugify('محمد')).toBe(a);
    expect(slugify('أحمد')).not.toBe(a);
  });

  it('builds span IDs from article and offsets', () => {
    expect(spanId('001_x', 'm', 10, 15)).toBe('001_x#m10-15');
  });
});
