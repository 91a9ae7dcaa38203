import type { App, Session, WebContents } from 'electron';
import { navigationDecision, permissionDecision } from './security-policy';

/**
 * Applies the security checklist to every web contents the app ever creates:
 * no navigation, no new windows, no webviews, no permissions.
 */
export function applySecurityPolicies(app: App, session: Session, openExternal: (url: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      const decision = navigationDecision(url);
      if (decision.openExternally) openExternal(decision.openExternally);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = navigationDecision(url);
      if (decision.openExternally) openExternal(decision.openExternally);
      return { action: 'deny' };
    });
  });
}
