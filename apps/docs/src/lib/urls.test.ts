import { describe, expect, it } from 'vitest';
import { anchorOf, articleUrl, entityUrl, setLinkPolicy, spanUrl } from './urls.ts';

describe('urls', () => {
  it('puts each entity type in its own section', () => {
    expect(entityUrl('person:jane-doe')).toBe('/people/jane-doe/');
    expect(entityUrl('organization:world-health-organization')).toBe('/organizations/world-health-organization/');
    expect(entityUrl('country:norway')).toBe('/countries/norway/');
    expect(entityUrl('place:lake-geneva')).toBe('/places/lake-geneva/');
  });

  it('links a row to its span in the article view', () => {
    expect(anchorOf('001_abc#m12-20')).toBe('m12-20');
    expect(spanUrl('001_abc', '001_abc#q40-90~1')).toBe('/articles/001_abc/#q40-90~1');
  });

  it('links to the viewers when pages are not static, and the article "view" always to the viewer', () => {
    expect(articleUrl('view')).toBe('/articles/view/?id=view');
    setLinkPolicy({ hasEntityPage: (id) => id === 'person:jane-doe', articlePages: false });
    try {
      expect(spanUrl('001_abc', '001_abc#m12-20')).toBe('/articles/view/?id=001_abc#m12-20');
      expect(entityUrl('person:jane-doe')).toBe('/people/jane-doe/');
      expect(entityUrl('person:john-roe')).toBe('/entities/view/?id=person%3Ajohn-roe');
    } finally {
      setLinkPolicy({ hasEntityPage: () => true, articlePages: true });
    }
  });

  it('names the malformed ID it cannot route', () => {
    expect(() => entityUrl('jane-doe')).toThrow(/"jane-doe" is malformed/);
    expect(() => entityUrl('vessel:ever-given')).toThrow(/unknown type "vessel"/);
    expect(() => anchorOf('001_abc')).toThrow(/"001_abc" has no "#<span>" part/);
  });
});
