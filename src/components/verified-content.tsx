import { type ReactNode, type RefObject, useEffect, useRef } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** The host's first heading, else its first focusable element, else the wrapper itself. */
function focusTarget(wrapper: HTMLElement): HTMLElement {
  const heading = wrapper.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]');
  if (heading) {
    // A heading takes focus only with a tabindex; -1 keeps it out of the Tab order.
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    return heading;
  }
  return wrapper.querySelector<HTMLElement>(FOCUSABLE) ?? wrapper;
}

export interface VerifiedContentProps {
  /** The host's element to focus instead of the first heading or focusable element. */
  focusTarget?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * The host's content once verified. Focus moves into it, since the code field that had it is
 * gone; but only if focus was still in the gate (or nowhere), never away from elsewhere on
 * the page. The gate only reaches this step by a viewer's action, so it never runs on a
 * page's first render.
 */
export function VerifiedContent(props: VerifiedContentProps) {
  const wrapper = useRef<HTMLDivElement | null>(null);
  const hostTarget = props.focusTarget;
  useEffect(() => {
    const element = wrapper.current;
    const root = element?.parentElement;
    if (!element || !root) return;
    const active = element.ownerDocument.activeElement;
    if (active && active !== element.ownerDocument.body && !root.contains(active)) return;
    (hostTarget?.current ?? focusTarget(element)).focus();
  }, [hostTarget]);
  return (
    <div ref={wrapper} className="s2fa-verified" tabIndex={-1}>
      {props.children}
    </div>
  );
}
