import type { StateCreator } from 'zustand';
import { isLang, type Lang } from '../i18n/lang';
import type { DragSource } from '../ui/editor/drag-data';
import type { AppState } from './index';

const LANG_KEY = 'competency-constructor.lang';

/** The remembered choice, else the browser's language when it is one we speak, else English. */
function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // Storage can be refused (private mode, policy); the app still works, it just forgets.
  }
  const browser = typeof navigator === 'undefined' ? '' : navigator.language.split('-')[0];
  return isLang(browser) ? browser : 'en';
}

export interface UiSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** What is being dragged, if anything: drop zones that only exist during a drag listen to this alone. */
  dragging: DragSource | null;
  /**
   * What was dragged until a moment ago: its card must outlive the drag for dnd-kit to give it its focus back
   * (in the frame after the drop), though its stage may be far from the view by then.
   */
  released: DragSource | null;
  setDragging: (source: DragSource | null) => void;
}

/** Long enough for dnd-kit's focus restoring (the frame after the drop) and for the focused card to be seen. */
const RELEASE_MS = 500;
let releasing: ReturnType<typeof setTimeout> | undefined;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  lang: initialLang(),
  dragging: null,
  released: null,
  setDragging: (dragging) => {
    clearTimeout(releasing);
    if (dragging) return set({ dragging, released: null });
    set((s) => ({ dragging: null, released: s.dragging }));
    releasing = setTimeout(() => set({ released: null }), RELEASE_MS);
  },
  setLang: (lang) => {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // See initialLang: forgetting the choice is acceptable, failing to switch is not.
    }
    set({ lang });
  },
});
