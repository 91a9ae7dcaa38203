import { flushSync } from 'react-dom';

/**
 * Applies a state update that brings a control on screen, then focuses that control. The update is
 * rendered at once (flushSync): focusing in a later animation frame raced React's own scheduling and,
 * on a busy machine, found the control not there yet (a flaky e2e test showed it).
 */
export function showThenFocus(update: () => void, elementId: string): void {
  flushSync(update);
  document.getElementById(elementId)?.focus();
}
