import { type RefObject, useLayoutEffect, useRef } from 'react';

const DURATION_MS = 600;

function motionAllowed(): boolean {
  return !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Moves rows smoothly to their new place (FLIP: measure where each row was, let it jump to the new
 * layout, then animate a transform from the old place to the new). Rows are the container's
 * elements with a `data-flip-key`; nothing moves when the user prefers reduced motion.
 */
export function useFlip(container: RefObject<HTMLElement | null>, order: unknown): void {
  const positions = useRef(new Map<string, number>());
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const next = new Map<string, number>();
    const animate = motionAllowed();
    for (const element of root.querySelectorAll<HTMLElement>('[data-flip-key]')) {
      const key = element.dataset['flipKey']!;
      const top = element.getBoundingClientRect().top;
      next.set(key, top);
      const before = positions.current.get(key);
      if (!animate || before === undefined || before === top || typeof element.animate !== 'function') continue;
      element.animate([{ transform: `translateY(${before - top}px)` }, { transform: 'translateY(0)' }], {
        duration: DURATION_MS,
        easing: 'cubic-bezier(0.2, 0, 0.2, 1)',
      });
    }
    positions.current = next;
  }, [container, order]);
}
