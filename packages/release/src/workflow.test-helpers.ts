/** Temporary workspaces for the workflow tests: real schemas, the real seed article, real builds. Never data/releases. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '@dossier/pipeline';
import { defaultPaths, type ReleasePaths } from './workflow.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED = join(REPO, 'data', 'raw', '000_5333fd87b6e1a47e.txt');

/** An invented wire story (names and places made up) in the raw article format. */
export const INVENTED_ARTICLE = ` date 2024-03-04 By Lena Morrow, Harbor Wire

VALMONT, March 4 (Harbor Wire) — Negotiators from Corvania and Estrelle met in Valmont on Monday for a second round of talks on a prisoner exchange, officials said.

"We are closer than we have been in months," Corvanian Foreign Minister Adela Vance told reporters after the session.

Estrelle's chief negotiator, Pieter Hollis, said on Sunday that more than 40 detainees could be released within two weeks if the talks hold.
`;

export interface Workspace {
  paths: ReleasePaths;
  raw: string;
  setVersion(version: string): void;
  addArticle(name: string, text: string): void;
  build(): Promise<void>;
  changeset(name: string, bump: string): void;
}

export function makeWorkspace(prefix: string): Workspace {
  const root = mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - data\n');
  mkdirSync(join(root, '.changeset'));
  writeFileSync(join(root, '.changeset', 'README.md'), 'Not a changeset.\n');
  cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
  const raw = join(root, 'data', 'raw');
  mkdirSync(raw, { recursive: true });
  cpSync(SEED, join(raw, '000_5333fd87b6e1a47e.txt'));
  const paths = defaultPaths(root);
  const ws: Workspace = {
    paths,
    raw,
    setVersion(version) {
      writeFileSync(
        paths.datasetPackage,
        `${JSON.stringify({ name: '@dossier/dataset', version, private: true }, null, 2)}\n`,
      );
    },
    addArticle(name, text) {
      writeFileSync(join(raw, name), text);
    },
    async build() {
      const version = (JSON.parse(readFileSync(paths.datasetPackage, 'utf8')) as { version: string }).version;
      await buildDataset({ inputDir: raw, outDir: paths.dist, version });
    },
    changeset(name, bump) {
      writeFileSync(
        join(root, '.changeset', `${name}.md`),
        `---\n"@dossier/dataset": ${bump}\n---\n\nA data change.\n`,
      );
    },
  };
  ws.setVersion('0.0.0');
  return ws;
}
