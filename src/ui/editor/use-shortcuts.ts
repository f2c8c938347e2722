import { useEffect } from 'react';
import { useAppStore } from '../../store';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * Editor shortcuts: Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo, Delete removes the selected module or stage,
 * Ctrl+F finds modules. While typing in a field the browser keeps its own undo and Delete.
 */
export function useShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'f') {
        const search = document.getElementById('catalog-search');
        if (search) {
          e.preventDefault();
          search.focus();
        }
        return;
      }
      if (isTyping(e.target)) return;
      const { undo, redo, edit, select, selection } = useAppStore.getState();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        redo();
      } else if (e.key === 'Delete' && !mod) {
        if (selection.kind === 'item')
          edit({ op: 'remove-item', pointer: selection.pointer }, { select: { kind: 'program' } });
        else if (selection.kind === 'stage')
          edit({ op: 'remove-stage', stageId: selection.stageId }, { select: { kind: 'program' } });
        else return;
        e.preventDefault();
        select({ kind: 'program' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Brings the selected programme item into view and focus, e.g. after "Show" on a diagnostic. */
export function useRevealSelection() {
  const selection = useAppStore((s) => s.selection);
  useEffect(() => {
    if (selection.kind !== 'item') return;
    const el = document.querySelector<HTMLElement>(`[data-pointer="${selection.pointer}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
    if (el && !el.contains(document.activeElement)) el.focus({ preventScroll: true });
  }, [selection]);
}
