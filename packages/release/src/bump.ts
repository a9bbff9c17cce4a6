/**
 * Semver bump levels, ordered. "none" means the data did not change in a way a consumer can see.
 * Versions themselves are compared and incremented with the `semver` package (the one changesets uses),
 * so a version the gate predicts is the version `changeset version` writes.
 */
import semver from 'semver';

export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];

export function bumpRank(bump: Bump): number {
  return BUMPS.indexOf(bump);
}

export function maxBump(...bumps: Bump[]): Bump {
  return bumps.reduce<Bump>((a, b) => (bumpRank(b) > bumpRank(a) ? b : a), 'none');
}

/** The bump that takes `from` to `to`: "none" when equal; throws when `to` is not newer. */
export function bumpBetween(from: string, to: string): Bump {
  assertVersion(from);
  assertVersion(to);
  if (semver.eq(from, to)) return 'none';
  if (semver.lt(to, from)) throw new Error(`version ${to} is older than ${from}: a release must move forward`);
  const diff = semver.diff(from, to);
  if (diff === 'major' || diff === 'premajor') return 'major';
  if (diff === 'minor' || diff === 'preminor') return 'minor';
  return 'patch';
}

export function applyBump(version: string, bump: Bump): string {
  assertVersion(version);
  if (bump === 'none') return version;
  return semver.inc(version, bump)!;
}

export function assertVersion(version: string): void {
  if (semver.valid(version) === null || semver.clean(version) !== version) {
    throw new Error(`"${version}" is not a semantic version: expected MAJOR.MINOR.PATCH such as 1.2.0`);
  }
}

export function isVersion(value: string): boolean {
  return semver.valid(value) !== null && semver.clean(value) === value;
}

/** Versions sorted oldest first. */
export function sortVersions(versions: string[]): string[] {
  return [...versions].sort(semver.compare);
}
