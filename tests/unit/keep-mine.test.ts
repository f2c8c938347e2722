import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';
import { selectProgram } from '../../src/store/selectors';
import { program, ref } from './helpers/builders';

describe('keep mine as a copy (after a conflict with another tab)', () => {
  it('saves a marked copy that reopens as the copy, not as the original', async () => {
    const store = useAppStore;
    await store.getState().initPersistence(`keep-mine-${Date.now()}`);
    store
      .getState()
      .openProgram(program([[ref('m-a')]], { id: 'p-weld', title: { en: 'Welding', ru: 'Сварка' } }));
    store.getState().edit({ op: 'add-target', competency: 'c-a' });
    await store.getState().keepMineAsCopy({ en: ' (copy)', ru: ' (копия)' });

    const { document } = store.getState();
    expect(store.getState().saveState.status).toBe('saved');
    const open = selectProgram(store.getState())!;
    expect(open.title).toEqual({ en: 'Welding (copy)', ru: 'Сварка (копия)' });
    expect(open.id).toMatch(/^p-weld-[a-z0-9]{6}$/);
    expect(open.targetCompetencies).toEqual(['c-a']);

    store.getState().openProgram(program([]));
    expect(await store.getState().openFromLibrary(document!.key)).toBe(true);
    expect(selectProgram(store.getState())).toEqual(open);
  });
});
