import { useEffect } from 'react';
import type { ProgramEdit } from '../../domain/edits';
import { useAppStore } from '../../store';
import type { Selection } from '../../store/editor-slice';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * What Delete removes: the programme item or stage that has the keyboard focus; with the focus in the inspector
 * or nowhere (after a click on the page), what is selected. Anywhere else (the catalog, the toolbar, the
 * diagnostics) Delete removes nothing: the user is not pointing at the programme.
 */
function deletionOf(target: EventTarget | null, selection: Selection): ProgramEdit | undefined {
  const el = target instanceof Element ? target : null;
  const card = el?.closest<HTMLElement>('[data-pointer]');
  if (card?.dataset.pointer) return { op: 'remove-item', pointer: card.dataset.pointer };
  const stage = el?.closest('.stage-head')?.closest<HTMLElement>('[data-stage]');
  if (stage?.dataset.stage) return { op: 'remove-stage', stageId: stage.dataset.stage };
  if (el && el !== document.body && !el.closest('.inspector')) return undefined;
  if (selection.kind === 'item') return { op: 'remove-item', pointer: selection.pointer };
  if (selection.kind === 'stage') return { op: 'remove-stage', stageId: selection.stageId };
  return undefined;
}

/**
 * Editor shortcuts: Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo, Delete removes the module or stage in focus,
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
        const removal = deletionOf(e.target, selection);
        if (!removal) return;
        e.preventDefault();
        edit(removal, { select: { kind: 'program' } });
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
