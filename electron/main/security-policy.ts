import { allowedPortalUrl } from '../../shared/portals';
import { isAppUrl } from './app-protocol';

/**
 * The decisions of the Electron security checklist as plain functions, so each
 * one is unit-tested; security.ts wires them to Electron's events.
 */

/** An IPC message is answered only when it comes from our own page's main frame. */
export function isAllowedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** The window never navigates away from the app; portal links open in the user's browser instead. */
export function navigationDecision(url: string): { allow: false; openExternally: string | null } {
  return { allow: false, openExternally: allowedPortalUrl(url) };
}

/** The app needs no camera, microphone, notifications-from-web, geolocation or anything else. */
export function permissionDecision(_permission: string): false {
  return false;
}
