import { afterEach, describe, expect, it } from 'vitest';
import type { EntitiesRow } from './dataset.ts';
import { entityName, releaseSiteModel, showEntities, siteModel, useWorkerModel } from './model.ts';
import { entityUrl, setLinkPolicy } from './urls.ts';

const row = (entity_id: string, name: string): EntitiesRow => ({
  entity_id,
  type: entity_id.split(':')[0] as EntitiesRow['type'],
  name,
  aliases: null,
  country_code: null,
  article_count: 1,
  mention_count: 1,
});

afterEach(() => {
  releaseSiteModel();
  setLinkPolicy({ hasEntityPage: () => true, articlePages: true });
});

describe("a worker thread's model", () => {
  it('links by the policy it is given, without reading a dataset', () => {
    useWorkerModel({ staticEntities: ['person:ada-quill'], articlePages: false });
    expect(siteModel().data.entities).toEqual([]);
    expect(entityUrl('person:ada-quill')).toBe('/people/ada-quill/');
    expect(entityUrl('person:bo-tern')).toBe('/entities/view/?id=person%3Abo-tern');
  });

  it("knows only the entities of the job at hand, and shows an unknown one's ID", () => {
    useWorkerModel({ staticEntities: [], articlePages: false });
    showEntities([row('organization:harbour-guild', 'Harbour Guild')]);
    expect(entityName('organization:harbour-guild')).toBe('Harbour Guild');
    showEntities([row('place:north-quay', 'North Quay')]);
    expect(entityName('organization:harbour-guild')).toBe('organization:harbour-guild');
    expect(entityName('place:north-quay')).toBe('North Quay');
  });
});
