import { useEffect } from 'react';
import { useAppStore } from '../../store';

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';
/** Where a control lives: when it goes away, the keyboard focus stays in the nearest of these still there. */
const CONTAINER = '[role="region"], [role="dialog"], [role="alert"], [role="status"], form, main, header';

interface Place {
  element: HTMLElement;
  name: string;
  /** Its containers, innermost first (the page last). */
  containers: Element[];
  /** Its position among the focusable controls of each container. */
  indices: number[];
  at: number;
}

const nameOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
// In document order, hidden ones included: this runs on every focus change, where measuring each would not pay.
const focusables = (root: Element) => [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
const shown = (el: HTMLElement) => el.getClientRects().length > 0;

function placeOf(element: HTMLElement): Place {
  const containers: Element[] = [];
  for (let c = element.parentElement?.closest(CONTAINER); c; c = c.parentElement?.closest(CONTAINER))
    containers.push(c);
  // The page itself holds what is in no panel (the toolbar).
  containers.push(document.body);
  return {
    element,
    name: nameOf(element),
    containers,
    indices: containers.map((c) => focusables(c).indexOf(element)),
    at: performance.now(),
  };
}

/**
 * Keeps the keyboard focus where the user was when what had it goes away: a removed card, an applied fix, a
 * dismissed report, an Undo button that became disabled, a stage moved in the page. The focus goes back to the
 * same control if it is still there, else to one of the same name, else to the control now in its place, in the
 * same panel; it never falls to the start of the page. A mouse user who clicked elsewhere is left alone.
 */
export function useFocusKeeper() {
  useEffect(() => {
    let last: Place | undefined;
    let pointerAt = 0;
    let frame = 0;
    const remember = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement) last = placeOf(e.target);
    };
    const restore = () => {
      const place = last;
      const active = document.activeElement;
      // Lost: on the page itself, or still on a control that was disabled (the browser lets go of it later).
      const lost = !active || active === document.body || active.matches(':disabled');
      if (!place || !lost || pointerAt > place.at) return;
      // A drag gives the focus back itself (dnd-kit), to the card that was carried.
      const { dragging, released } = useAppStore.getState();
      if (dragging || released) return;
      if (place.element.isConnected && !place.element.matches(':disabled'))
        return place.element.focus({ preventScroll: true });
      const at = place.containers.findIndex((c) => c.isConnected);
      const root = place.containers[at];
      if (!root) return;
      // Its position in the container still there: a control in a dismissed report goes to what followed the
      // report, not to the top of the page.
      const index = Math.max(place.indices[at]!, 0);
      const candidates = focusables(root);
      const near = [...candidates.slice(index), ...candidates.slice(0, index).reverse()];
      const target =
        candidates.find((c) => nameOf(c) === place.name && shown(c)) ??
        near.find(shown) ??
        (root as HTMLElement);
      target.focus({ preventScroll: true });
    };
    // After React has rendered what the key press or the store change did, and the browser has let go of a
    // control that went away or was disabled (it may do so only as it next renders).
    const soon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setTimeout(restore));
    };
    const pointed = () => (pointerAt = performance.now());
    document.addEventListener('focusin', remember);
    document.addEventListener('focusout', soon);
    document.addEventListener('pointerdown', pointed, true);
    document.addEventListener('keydown', soon, true);
    const unsubscribe = useAppStore.subscribe(soon);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      document.removeEventListener('focusin', remember);
      document.removeEventListener('focusout', soon);
      document.removeEventListener('pointerdown', pointed, true);
      document.removeEventListener('keydown', soon, true);
    };
  }, []);
}
