import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANGELOG_FILE } from './lib/paths.ts';

export const collections = {
  // Prose pages (guides, and issue 10's scaling page) live in src/content/docs; data pages are in src/pages.
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // The dataset's changelog, written by the release flow; absent until the first release.
  changelog: defineCollection({
    loader: glob({ pattern: 'CHANGELOG.md', base: pathToFileURL(`${dirname(CHANGELOG_FILE)}/`) }),
  }),
};
