/**
 * Semantic versions (semver.org 2.0.0) as the update feed names them: parsing and
 * precedence. Kept here, small and tested, rather than a second copy of `semver` in
 * the dependencies; electron-updater compares with the same rules.
 */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers («beta.2» → ['beta', 2]); empty for a release. */
  prerelease: (string | number)[];
}

const MAX_VERSION_LENGTH = 64;
// semver.org's regular expression (build metadata is allowed and ignored for precedence).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** A version, or null when the text is not one. A leading «v» (a git tag) is accepted. */
export function parseVersion(text: string): Version | null {
  if (text.length > MAX_VERSION_LENGTH) return null;
  const match = SEMVER.exec(text.startsWith('v') ? text.slice(1) : text);
  if (!match) return null;
  const numbers = [match[1], match[2], match[3]].map(Number);
  if (numbers.some((value) => !Number.isSafeInteger(value))) return null;
  const prerelease = match[4] ? match[4].split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
  if (prerelease.some((part) => typeof part === 'number' && !Number.isSafeInteger(part))) return null;
  return { major: numbers[0] ?? 0, minor: numbers[1] ?? 0, patch: numbers[2] ?? 0, prerelease };
}

/** The version as the app shows it: «1.2.0», «1.3.0-beta.1» (no build metadata). */
export function formatVersion(version: Version): string {
  const core = `${version.major}.${version.minor}.${version.patch}`;
  return version.prerelease.length > 0 ? `${core}-${version.prerelease.join('.')}` : core;
}

function compareIdentifiers(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  // Numeric identifiers always have lower precedence than alphanumeric ones.
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when a comes before b, 0 when they are equal in precedence, positive after. */
export function compareVersions(a: Version, b: Version): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return Math.sign(a[key] - b[key]);
  }
  // A release is newer than any of its pre-releases.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return Math.sign(b.prerelease.length - a.prerelease.length);
  const length = Math.max(a.prerelease.length, b.prerelease.length);
  for (let index = 0; index < length; index += 1) {
    const left = a.prerelease[index];
    const right = b.prerelease[index];
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    const order = compareIdentifiers(left, right);
    if (order !== 0) return order;
  }
  return 0;
}

export type OfferDecision = { offer: true; version: Version } | { offer: false; reason: 'not-newer' | 'prerelease-for-release-build' };

/**
 * Whether the feed's version is offered to this build. The channel follows the running
 * build, as electron-updater's allowPrerelease does: a release build gets releases only;
 * a pre-release build (a beta tester) gets betas and releases. Never an older or equal
 * version: a feed cannot talk the app into a downgrade.
 */
export function decideOffer(current: Version, offered: Version): OfferDecision {
  if (offered.prerelease.length > 0 && current.prerelease.length === 0) return { offer: false, reason: 'prerelease-for-release-build' };
  if (compareVersions(offered, current) <= 0) return { offer: false, reason: 'not-newer' };
  return { offer: true, version: offered };
}
