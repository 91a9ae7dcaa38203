// Which code signing a build gets, decided from environment variables only (CI secrets):
// electron-builder itself reads the same variables; this module only says it in one line,
// so a release log shows at a glance whether the installers are signed and notarised.

/** @typedef {{ platform: 'win32' | 'darwin' | 'linux', signed: boolean, notarised: boolean, line: string }} SigningPlan */

const present = (env, name) => typeof env[name] === 'string' && env[name].trim() !== '';

/**
 * @param {Record<string, string | undefined>} env
 * @param {'win32' | 'darwin' | 'linux' | string} platform
 * @returns {SigningPlan}
 */
export function signingPlan(env, platform) {
  if (platform === 'win32') {
    const certificate = present(env, 'WIN_CSC_LINK') ? 'WIN_CSC_LINK' : present(env, 'CSC_LINK') ? 'CSC_LINK' : null;
    const password = present(env, 'WIN_CSC_KEY_PASSWORD') || present(env, 'CSC_KEY_PASSWORD');
    if (certificate && password) return { platform, signed: true, notarised: false, line: `Code signing (Windows): signing with the certificate from ${certificate}.` };
    const missing = certificate ? 'WIN_CSC_KEY_PASSWORD or CSC_KEY_PASSWORD' : 'WIN_CSC_LINK or CSC_LINK';
    return { platform, signed: false, notarised: false, line: `Code signing (Windows): skipped, ${missing} is not set; the installer is unsigned and SmartScreen will warn.` };
  }
  if (platform === 'darwin') {
    const signed = present(env, 'CSC_LINK') && present(env, 'CSC_KEY_PASSWORD');
    const notarised = signed && ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'].every((name) => present(env, name));
    if (!signed)
      return {
        platform,
        signed,
        notarised,
        line: 'Code signing (macOS): skipped, CSC_LINK and CSC_KEY_PASSWORD are not set; the app is signed ad hoc and not notarised, Gatekeeper will block it.',
      };
    if (!notarised)
      return {
        platform,
        signed,
        notarised,
        line: 'Code signing (macOS): signing with CSC_LINK; notarisation skipped, APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are not all set.',
      };
    return { platform, signed, notarised, line: 'Code signing (macOS): signing with CSC_LINK and notarising with APPLE_ID for team APPLE_TEAM_ID.' };
  }
  return { platform, signed: false, notarised: false, line: 'Code signing (Linux): not used; AppImage and deb are published with their SHA-512 in latest-linux.yml.' };
}

/** electron-builder `beforePack` hook: one line per packed system, secrets never printed. */
export default async function printSigningStatus(context) {
  console.log(`  • ${signingPlan(process.env, context.electronPlatformName).line}`);
}
