import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureReason } from '../../../electron/core/updates/feed-info';
import { MAX_NOTES_CHARS, MAX_NOTES_LINES, releaseNotesText } from '../../../electron/core/updates/release-notes';
import { compareVersions, decideOffer, formatVersion, parseVersion } from '../../../electron/core/updates/version';
import type { Version } from '../../../electron/core/updates/version';

const v = (text: string): Version => {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`not a version: ${text}`);
  return parsed;
};

describe('versions of the app', () => {
  it('orders versions as semver.org does, pre-releases before their release', () => {
    const ordered = ['0.1.0', '0.1.1', '0.2.0-alpha', '0.2.0-alpha.1', '0.2.0-alpha.beta', '0.2.0-beta', '0.2.0-beta.2', '0.2.0-beta.11', '0.2.0-rc.1', '0.2.0', '0.10.0', '1.0.0'];
    for (let index = 1; index < ordered.length; index += 1) {
      expect(compareVersions(v(ordered[index - 1] ?? ''), v(ordered[index] ?? ''))).toBe(-1);
      expect(compareVersions(v(ordered[index] ?? ''), v(ordered[index - 1] ?? ''))).toBe(1);
    }
    expect(compareVersions(v('1.2.3+build.5'), v('1.2.3'))).toBe(0);
  });

  it("refuses what is not a version, and accepts a tag's leading v", () => {
    for (const text of ['', '1', '1.2', '01.2.3', '1.2.3-', '1.2.3-01', 'latest', '1.2.3 ', `1.2.${'9'.repeat(70)}`, '99999999999999999999.0.0'])
      expect(parseVersion(text)).toBeNull();
    expect(formatVersion(v('v1.4.0+abc'))).toBe('1.4.0');
  });

  it('the order is a total order (property)', () => {
    const version = fc
      .record({ major: fc.nat(20), minor: fc.nat(20), patch: fc.nat(20), prerelease: fc.array(fc.oneof(fc.nat(5), fc.constantFrom('alpha', 'beta', 'rc')), { maxLength: 3 }) })
      .map((parts) => v(formatVersion(parts)));
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        expect(compareVersions(a, b)).toBe(-compareVersions(b, a));
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) expect(compareVersions(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('offers only newer versions, and betas only to a beta build', () => {
    expect(decideOffer(v('0.1.0'), v('0.2.0'))).toEqual({ offer: true, version: v('0.2.0') });
    expect(decideOffer(v('0.2.0'), v('0.1.9'))).toEqual({ offer: false, reason: 'not-newer' });
    expect(decideOffer(v('0.2.0'), v('0.2.0'))).toEqual({ offer: false, reason: 'not-newer' });
    expect(decideOffer(v('0.1.0'), v('0.2.0-beta.1'))).toEqual({ offer: false, reason: 'prerelease-for-release-build' });
    expect(decideOffer(v('0.2.0-beta.1'), v('0.2.0-beta.2')).offer).toBe(true);
    expect(decideOffer(v('0.2.0-beta.1'), v('0.2.0')).offer).toBe(true);
  });
});

describe('release notes as plain text', () => {
  it('keeps no tag and no script of any input, within the bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }),
        fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<b>', '<!-- x -->', '<style>*{}</style>'),
        (text, tag) => {
          const notes = releaseNotesText(`${text}${tag}${text}`);
          expect(notes).not.toMatch(/<(script|img|b|style)\b|<!--/i);
          expect(notes.length).toBeLessThanOrEqual(MAX_NOTES_CHARS);
          expect(notes.split('\n').length).toBeLessThanOrEqual(MAX_NOTES_LINES + 1);
        },
      ),
    );
  });

  it("reads electron-updater's list of notes per version, and anything else as nothing", () => {
    expect(releaseNotesText([{ version: '0.3.0', note: '<p>Трей</p>' }, { version: '0.2.0', note: 'СМДО' }, 'junk'])).toBe('0.3.0\nТрей\n\n0.2.0\nСМДО');
    expect(releaseNotesText(42)).toBe('');
    expect(releaseNotesText(null)).toBe('');
    expect(releaseNotesText('a\u202eb\u0000c')).toBe('abc');
  });
});

describe('why a check failed', () => {
  it('from the code or status only', () => {
    expect(failureReason(Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' }))).toBe('offline');
    expect(failureReason(new Error('net::ERR_INTERNET_DISCONNECTED'))).toBe('offline');
    expect(failureReason(Object.assign(new Error('x'), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' }))).toBe('not_found');
    expect(failureReason(Object.assign(new Error('x'), { code: 'ERR_UPDATER_INVALID_UPDATE_INFO' }))).toBe('invalid_answer');
    expect(failureReason(Object.assign(new Error('x'), { statusCode: 404 }))).toBe('not_found');
    expect(failureReason('a string')).toBe('unknown');
  });
});
