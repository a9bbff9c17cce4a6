/**
 * The semver gate. Pure: given the last release, the dataset package's version, the pending changesets'
 * bump for it and the diff from the last release to the current build, says whether the planned version
 * is big enough, and if not, which bump is needed and why.
 */
import { applyBump, bumpBetween, bumpRank, type Bump } from '../bump.js';
import type { DatasetDiff } from '../diff/dataset-diff.js';

export const DATASET_PACKAGE = '@dossier/dataset';

export interface GateInput {
  lastRelease: string | null;
  /** data/package.json "version" (already bumped when `changeset version` ran but nothing was released). */
  packageVersion: string;
  /** The largest bump pending changesets ask for @dossier/dataset, and the files that ask. */
  pending: { bump: Bump; files: string[] };
  /** Last release → current build; null when there is no release. */
  diff: DatasetDiff | null;
}

export interface GateResult {
  ok: boolean;
  required: Bump;
  planned: Bump;
  plannedVersion: string;
  message: string;
}

const MAX_REASONS = 8;

function because(diff: DatasetDiff, atLeast: Bump): string {
  const reasons = diff.reasons.filter((r) => bumpRank(r.bump) >= bumpRank(atLeast));
  const shown = reasons.slice(0, MAX_REASONS).map((r) => `  - ${r.bump}: ${r.text}`);
  if (reasons.length > MAX_REASONS)
    shown.push(`  - … ${reasons.length - MAX_REASONS} more (run "dossier diff ${diff.from} data/dist")`);
  return shown.join('\n');
}

export function evaluateGate(input: GateInput): GateResult {
  const plannedVersion = applyBump(input.packageVersion, input.pending.bump);
  if (input.lastRelease === null || input.diff === null) {
    return {
      ok: true,
      required: 'none',
      planned: input.pending.bump,
      plannedVersion,
      message: `semver gate: no release under data/releases yet, so there is nothing to compare the build with (pass). The first release is cut with a "major" changeset for ${DATASET_PACKAGE} (0.0.0 → 1.0.0).`,
    };
  }
  const last = input.lastRelease;
  let planned: Bump;
  try {
    planned = bumpBetween(last, plannedVersion);
  } catch {
    return {
      ok: false,
      required: input.diff.bump,
      planned: 'none',
      plannedVersion,
      message: `semver gate: data/package.json is at ${input.packageVersion}, behind the last release ${last}. Set it back to ${last} or later.`,
    };
  }
  const required = input.diff.bump;
  const asking = input.pending.files.length ? ` (${input.pending.files.join(', ')})` : '';
  if (required === 'none') {
    return {
      ok: true,
      required,
      planned,
      plannedVersion,
      message: `semver gate: the build has the same data as release ${last} (pass).`,
    };
  }
  if (planned === 'none') {
    return {
      ok: false,
      required,
      planned,
      plannedVersion,
      message:
        `semver gate: the data changed since release ${last} and no changeset names ${DATASET_PACKAGE}. ` +
        `A ${required} bump is needed because:\n${because(input.diff, required)}\n` +
        `Add one: pnpm changeset → select ${DATASET_PACKAGE} → choose "${required}", and describe the data change.`,
    };
  }
  if (bumpRank(planned) < bumpRank(required)) {
    return {
      ok: false,
      required,
      planned,
      plannedVersion,
      message:
        `semver gate: pending changesets${asking} plan a ${planned} release (${last} → ${plannedVersion}), but the data since ${last} needs a ${required} bump because:\n` +
        `${because(input.diff, required)}\nChange the bump for ${DATASET_PACKAGE} in a changeset to "${required}".`,
    };
  }
  return {
    ok: true,
    required,
    planned,
    plannedVersion,
    message: `semver gate: the data since ${last} needs a ${required} bump; changesets${asking} plan ${planned} (${last} → ${plannedVersion}) (pass).`,
  };
}
