import type { FocusEvent } from 'react';

/**
 * Validation on blur inserts an error line under the field. When the blur comes
 * from pressing the mouse on another control below it, that line would push the
 * control away between mousedown and mouseup, and the click would be lost. So a
 * blur that happens while a pointer is pressed is handled after the pointer is
 * released (and its click delivered), and a blur towards a button is not
 * validated at all: the button's own action validates anyway.
 */
let pointerPressed = false;
let pending: (() => void)[] = [];

function release(): void {
  if (!pointerPressed) return;
  pointerPressed = false;
  const run = pending;
  pending = [];
  if (run.length > 0) window.setTimeout(() => run.forEach((callback) => callback()), 0);
}

if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (pointerPressed = true), true);
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}

/** True when the focus leaves a field for a button. */
export function blurToButton(event: FocusEvent<Element>): boolean {
  const next = event.relatedTarget;
  return next instanceof Element && next.closest('button') !== null;
}

/** Runs a field's blur validation at a moment when it cannot swallow a click. */
export function validateOnBlur(event: FocusEvent<Element>, validate: () => void): void {
  if (blurToButton(event)) return;
  if (pointerPressed) pending.push(validate);
  else validate();
}
