import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Brings an alert to the user when `serial` changes and the alert is shown: scrolled into
 * the middle of the window and focused, so an error raised by a button far below (or above)
 * is neither out of sight nor unheard. Returns the function that gives the focus back to
 * whatever had it (the button that failed) when the alert is closed.
 */
export function useRevealOnChange(target: RefObject<HTMLElement | null>, serial: number, shown: boolean): () => void {
  const previousFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!shown) return;
    const element = target.current;
    if (!element) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== element && !element.contains(active)) previousFocus.current = active;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    // Only a new serial brings it back: re-renders of the same error leave the user where they are.
  }, [serial, shown, target]);
  return () => {
    const back = previousFocus.current;
    previousFocus.current = null;
    if (back?.isConnected) back.focus();
  };
}
