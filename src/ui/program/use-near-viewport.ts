import { useEffect, useState } from 'react';

/**
 * Whether an element is within a screen or so of the visible area. Large programmes mount the cards of
 * nearby stages only: dnd-kit re-renders every sortable and measures every drop zone when a drag starts
 * and ends, which for hundreds of cards nobody can see is pure cost. Without IntersectionObserver
 * (old browsers, tests) everything counts as near.
 */
export function useNearViewport(element: Element | null, enabled: boolean): boolean {
  const [near, setNear] = useState(false);
  const observing = enabled && element !== null && typeof IntersectionObserver !== 'undefined';
  useEffect(() => {
    if (!observing) return;
    const observer = new IntersectionObserver(([entry]) => setNear(entry?.isIntersecting ?? true), {
      rootMargin: '800px 0px',
    });
    observer.observe(element!);
    return () => observer.disconnect();
  }, [element, observing]);
  return observing ? near : true;
}
