import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/** The one <h1> of a screen; it takes the focus when the screen appears, so screen readers announce it. */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-title">
      {children}
    </h1>
  );
}
