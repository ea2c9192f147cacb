import { type ReactNode, type RefObject, useEffect, useRef } from 'react';

export interface VerifiedContentProps {
  /** The host's element to focus instead of the first heading or focusable element. */
  focusTarget?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * The host's content once verified. Focus moves into it, since the code field that had it
 * is gone: to `focusTarget`, else the first heading, else the first focusable element, else
 * the wrapper. Only if focus was still in the gate (or nowhere): never away from elsewhere
 * on the page. The gate reaches this step only by a viewer's action, never on first render.
 */
export function VerifiedContent(props: VerifiedContentProps) {
  const wrapper = useRef<HTMLDivElement | null>(null);
  const hostTarget = props.focusTarget;
  useEffect(() => {
    const element = wrapper.current as HTMLDivElement;
    const active = document.activeElement;
    if (active && active !== document.body && !element.parentElement?.contains(active)) return;
    const heading = element.querySelector<HTMLElement>('h1,h2,h3,h4,h5,h6,[role=heading]');
    const focusable = element.querySelectorAll<HTMLElement>(
      'a,button,input,select,textarea,[tabindex]',
    );
    const target =
      hostTarget?.current ??
      heading ??
      [...focusable].find((e) => e.tabIndex >= 0 && !e.matches(':disabled')) ??
      element;
    // A heading takes focus only with a tabindex; -1 keeps it out of the Tab order.
    if (target === heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    target.focus();
  }, [hostTarget]);
  return (
    <div ref={wrapper} className="s2fa-verified" tabIndex={-1}>
      {props.children}
    </div>
  );
}
