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
  setDragging: (source: DragSource | null) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  lang: initialLang(),
  dragging: null,
  setDragging: (dragging) => set({ dragging }),
  setLang: (lang) => {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // See initialLang: forgetting the choice is acceptable, failing to switch is not.
    }
    set({ lang });
  },
});
