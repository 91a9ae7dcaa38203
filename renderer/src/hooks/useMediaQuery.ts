import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now; the component re-renders when the window crosses it. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/**
 * A window too small for the side-by-side layouts: half a laptop screen (683 px wide) or a
 * 1093×614 laptop window. The wizard folds its stepper and the dashboard shows cards there.
 */
export const COMPACT_WIZARD = '(max-width: 1100px), (max-height: 700px)';
export const CARD_LIST = '(max-width: 760px)';
/** The menu column becomes a top bar (layout.css). */
export const NARROW_WINDOW = '(max-width: 860px)';
