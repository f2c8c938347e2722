import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { Module } from '../../domain/model';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';
import { CatalogCard } from './CatalogCard';

// A card's usual height with one line of outcomes; real heights are measured as cards render.
const ESTIMATED_CARD_HEIGHT = 132;
const CARD_GAP = 8;
// Enough rows beyond the viewport for Tab to reach the next card before the browser scrolls to it.
const OVERSCAN = 4;

/**
 * The results, virtualised: only the cards in view (and a few beyond) are in the DOM, so a 10,000-module
 * network mounts a screenful. Each item states its place in the whole list for assistive technology.
 */
export function CatalogResults({
  modules,
  selectedModuleId,
  inProgramme,
  onAdd,
  onSelect,
}: {
  modules: readonly Module[];
  selectedModuleId: string | undefined;
  inProgramme: ReadonlySet<string>;
  onAdd: (m: Module) => void;
  onSelect: (m: Module) => void;
}) {
  const { t } = useMessages();
  const scrollRef = useRef<HTMLDivElement>(null);
  // A card being dragged must stay mounted while it is scrolled out of view, or the drag loses its source.
  // The store's drag state changes only when a drag starts and ends; the dnd-kit context changes on every
  // pointer move, and re-rendering a 10,000-row virtual list that often drops frames.
  const draggedModule = useAppStore((s) =>
    s.dragging?.kind === 'catalog-module' ? s.dragging.module : undefined,
  );
  const dragged = useMemo(
    () => (draggedModule ? modules.findIndex((m) => m.id === draggedModule) : -1),
    [draggedModule, modules],
  );
  // Stable callbacks: the virtualiser recomputes every row's measurement when its options change identity.
  const estimateSize = useCallback(() => ESTIMATED_CARD_HEIGHT, []);
  const getItemKey = useCallback((i: number) => modules[i]?.id ?? i, [modules]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      return dragged < 0 || rows.includes(dragged) ? rows : [...rows, dragged].sort((a, b) => a - b);
    },
    [dragged],
  );
  // The app is not built with the React Compiler, and the virtualiser re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: modules.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    gap: CARD_GAP,
    overscan: OVERSCAN,
    rangeExtractor,
  });
  // New results start at the top: staying at row 5,000 of an old list would show an arbitrary slice. Through the
  // virtualiser, so its own idea of the offset moves with the element's.
  useLayoutEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [modules, virtualizer]);

  return (
    <div ref={scrollRef} className="catalog-scroll">
      {/* Explicit roles on divs: an unstyled ul loses its list role in Safari, and each card takes its
          listitem role through dnd-kit's attributes. */}
      <div
        role="list"
        aria-label={t.catalog.results}
        className="catalog-results"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const m = modules[row.index]!;
          return (
            <CatalogCard
              key={row.key}
              module={m}
              position={row.index}
              setSize={modules.length}
              start={row.start}
              measure={virtualizer.measureElement}
              selected={m.id === selectedModuleId}
              inProgramme={inProgramme.has(m.id)}
              onAdd={onAdd}
              onSelect={onSelect}
            />
          );
        })}
      </div>
    </div>
  );
}
