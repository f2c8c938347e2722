import { useCallback } from 'react';
import { getItem, parseItemPointer } from '../../domain/edits';
import { latestModule, resolveModule } from '../../domain/network-index';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { useMessages } from '../common/use-messages';
import type { DragSource, DropTarget } from './drag-data';

/** Words for what is dragged and where it would land, for screen-reader announcements. */
export function useDescribe() {
  const { t, lang, f } = useMessages();
  const program = useAppStore(selectProgram);
  const index = useAppStore((s) => s.network?.index);
  const quote = useCallback((s: string) => (lang === 'ru' ? `«${s}»` : `“${s}”`), [lang]);

  const itemTitle = useCallback(
    (pointer: string) => {
      const item = program && getItem(program, pointer);
      if (!item) return pointer;
      if ('choose' in item) return t.program.elective(item.choose, item.of.length);
      const m = index && resolveModule(index, item.module, item.version);
      return quote(m ? localize(m.title, lang) : item.module);
    },
    [program, index, lang, t, quote],
  );
  const stageTitle = useCallback(
    (stageId: string) => {
      const stage = program?.stages.find((s) => s.id === stageId);
      return quote(stage ? localize(stage.title, lang) : stageId);
    },
    [program, lang, quote],
  );

  const what = useCallback(
    (source: DragSource | undefined): string => {
      if (!source) return '';
      if (source.kind === 'stage') return stageTitle(source.stageId);
      if (source.kind === 'item') return itemTitle(source.pointer);
      const m = index && latestModule(index, source.module);
      return quote(m ? localize(m.title, lang) : source.module);
    },
    [index, lang, itemTitle, stageTitle, quote],
  );

  const where = useCallback(
    (target: DropTarget | undefined): string => {
      if (!target) return t.editor.dnd.nowhere;
      if (target.kind === 'stage-end') return t.editor.dnd.atEnd(stageTitle(target.stageId));
      if (target.kind === 'stage') return t.editor.dnd.stagePlace(stageTitle(target.stageId));
      if (target.kind === 'alternative') return t.editor.dnd.alternative(itemTitle(target.pointer));
      const at = parseItemPointer(target.pointer);
      const stageId = at && program?.stages[at.stage]?.id;
      return t.editor.dnd.before(itemTitle(target.pointer), stageId ? stageTitle(stageId) : '');
    },
    [t, program, itemTitle, stageTitle],
  );
  return { what, where, f };
}
