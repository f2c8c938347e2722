// @vitest-environment jsdom
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragStartEvent,
} from '@dnd-kit/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateNetwork } from '../../fixtures/generator/generate-network';
import { createCatalogSearch } from '../../src/domain/catalog-search';
import type { Module } from '../../src/domain/model';
import { buildNetworkIndex, type NetworkIndex } from '../../src/domain/network-index';
import { localize } from '../../src/i18n/lang';
import { loadNetwork } from '../../src/io/network-source';
import { useAppStore } from '../../src/store';
import { CatalogPanel, type CatalogPanelProps } from '../../src/ui/catalog/CatalogPanel';

const generated = generateNetwork({ modules: 10000, competencies: 5000, programmeModules: 10, seed: 1 });
const big = buildNetworkIndex(
  Object.entries(generated.catalogs).map(([source, catalog]) => ({ source, catalog })),
).index;
const bigSearch = createCatalogSearch(big);

/**
 * jsdom has no layout, so every element measures 0 and a virtualiser would show nothing. The virtualiser reads
 * its scroll element's size from clientHeight/clientWidth and each row's from offsetHeight: stub those so the
 * result list is a 600 px window of 120 px cards, as in a browser.
 */
const VIEWPORT = 600;
const CARD = 120;
const sized = (applies: (el: HTMLElement) => boolean, size: number) =>
  function (this: HTMLElement) {
    return applies(this) ? size : 0;
  };
const isScroller = (el: HTMLElement) => el.classList.contains('catalog-scroll');
const stubs = Object.entries({
  clientHeight: sized(isScroller, VIEWPORT),
  clientWidth: sized(isScroller, 400),
  offsetHeight: sized((el) => el.hasAttribute('data-index'), CARD),
});
const originals = stubs.map(
  ([name]) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
);
beforeAll(() => {
  for (const [name, get] of stubs)
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get });
});
afterAll(() => {
  // clientHeight and clientWidth live on Element.prototype: removing the stub uncovers them again.
  for (const [name, descriptor] of originals)
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    else Reflect.deleteProperty(HTMLElement.prototype, name);
});

const initial = useAppStore.getState();
const setNetwork = (index: NetworkIndex) =>
  useAppStore.setState({
    network: { index, catalogs: [], files: [] } as never,
    networkStatus: 'ready',
    lang: 'en',
  });
beforeEach(() => setNetwork(big));
afterEach(() => {
  // Unmount, not just empty the page: a mounted drag sensor keeps listening to the window's keys.
  cleanup();
  useAppStore.setState({ ...initial }, true);
});

/**
 * The editor's DndContext, as the app sets it up: a pointer drag starts only after the pointer moves a little,
 * so a click on a card stays a click, and the keyboard sensor picks a focused card up with Space.
 */
function Editor({
  children,
  onDragStart,
}: {
  children: ReactNode;
  onDragStart?: (e: DragStartEvent) => void;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor),
  );
  return (
    <DndContext sensors={sensors} onDragStart={onDragStart}>
      {children}
    </DndContext>
  );
}

function renderPanel(props: Partial<CatalogPanelProps> = {}, onDragStart?: (e: DragStartEvent) => void) {
  const onAdd = vi.fn<(m: Module) => void>();
  const onSelect = vi.fn<(m: Module) => void>();
  render(
    <Editor onDragStart={onDragStart}>
      <CatalogPanel onAdd={onAdd} onSelect={onSelect} {...props} />
    </Editor>,
  );
  const region = screen.getByRole('region');
  return {
    onAdd,
    onSelect,
    region,
    list: () => within(region).getByRole('list', { name: 'Catalog results' }),
  };
}
const status = (region: HTMLElement) => within(region).getByRole('status').textContent;
const title = (m: Module, lang = 'en') => localize(m.title, lang);

describe('CatalogPanel over a 10,000-module network', () => {
  it('mounts only the cards in view, each telling its place in the whole list', () => {
    const { region, list } = renderPanel();
    expect(screen.getByRole('region', { name: 'Module catalog' })).toBe(region);
    expect(status(region)).toBe('10,000 modules');
    const items = within(list()).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(VIEWPORT / CARD);
    expect(items.length).toBeLessThanOrEqual(150);
    const first = bigSearch.search({ text: '' }, 'en')[0]!;
    expect(items[0]!.getAttribute('aria-label')).toBe(title(first));
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(items[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(within(items[0]!).getByText('Develops:')).toBeTruthy();
  });

  it('narrows the count and the list as you type', async () => {
    const user = userEvent.setup();
    const { region, list } = renderPanel();
    const box = within(region).getByRole('searchbox', { name: 'Search modules' });
    expect(box.id).toBe('catalog-search');
    await user.type(box, 'advanced welding');
    const expected = bigSearch.search({ text: 'advanced welding' }, 'en');
    expect(expected.length).toBeGreaterThan(0);
    expect(status(region)).toBe(`${expected.length.toLocaleString('en')} of 10,000 modules`);
    const items = within(list()).getAllByRole('listitem');
    expect(items[0]!.getAttribute('aria-label')).toBe(title(expected[0]!));
    expect(items[0]!.getAttribute('aria-setsize')).toBe(String(expected.length));
    // Its number picks one module out: a title match on every word ranks it first.
    const target = expected[expected.length - 1]!;
    await user.type(box, ` ${/\d+$/.exec(title(target))![0]}`);
    expect(status(region)).toMatch(/^\d of 10,000 modules$/);
    expect(within(list()).getAllByRole('listitem')[0]!.getAttribute('aria-label')).toBe(title(target));
    await user.type(box, 'zz');
    expect(status(region)).toBe('0 of 10,000 modules');
    expect(within(region).queryByRole('list', { name: 'Catalog results' })).toBeNull();
    expect(within(region).getByText('No module matches the search and filters.')).toBeTruthy();
  });

  it('narrows by the filters in the disclosure, and clears them', async () => {
    const user = userEvent.setup();
    const { region, list } = renderPanel();
    const toggle = within(region).getByRole('button', { name: 'Filters' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(within(region).getByRole('checkbox', { name: 'online' }));
    const online = bigSearch.search({ text: '', formats: ['online'] }, 'en');
    expect(status(region)).toBe(`${online.length.toLocaleString('en')} of 10,000 modules`);
    await user.selectOptions(within(region).getByRole('combobox', { name: 'Partner kind' }), 'school');
    await user.type(within(region).getByRole('spinbutton', { name: 'Maximum hours' }), '20');
    const narrowed = bigSearch.search(
      { text: '', formats: ['online'], partnerKinds: ['school'], maxHours: 20 },
      'en',
    );
    expect(narrowed.length).toBeGreaterThan(0);
    expect(status(region)).toBe(`${narrowed.length} of 10,000 modules`);
    expect(within(list()).getAllByRole('listitem')[0]!.getAttribute('aria-label')).toBe(title(narrowed[0]!));
    expect(within(region).getByText('3 active')).toBeTruthy();
    for (const name of ['Partner', 'Specialty', 'Minimum hours'])
      expect(within(region).getByLabelText(name)).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Clear filters' }));
    expect(status(region)).toBe('10,000 modules');
  });

  it('adds a module with its button, and selects it with a click or Enter on the card', async () => {
    const user = userEvent.setup();
    const { onAdd, onSelect, list } = renderPanel();
    const [first, second] = bigSearch.search({ text: '' }, 'en');
    await user.click(within(list()).getByRole('button', { name: `Add to programme: ${title(second!)}` }));
    expect(onAdd).toHaveBeenCalledExactlyOnceWith(second);
    expect(onSelect).not.toHaveBeenCalled();
    const card = within(list()).getByRole('listitem', { name: title(first!) });
    await user.click(within(card).getByRole('heading'));
    expect(onSelect).toHaveBeenLastCalledWith(first);
    card.focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onAdd).toHaveBeenCalledTimes(1);
  });

  it('is a drag source: Space on a focused card picks the module up', async () => {
    const user = userEvent.setup();
    const onDragStart = vi.fn<(e: DragStartEvent) => void>();
    const { list, onAdd } = renderPanel({}, onDragStart);
    const first = bigSearch.search({ text: '' }, 'en')[0]!;
    const card = within(list()).getByRole('listitem', { name: title(first) });
    // Space on the card's button presses the button; it does not pick the card up.
    within(card).getByRole('button').focus();
    await user.keyboard(' ');
    expect(onAdd).toHaveBeenCalledExactlyOnceWith(first);
    expect(onDragStart).not.toHaveBeenCalled();
    expect(card.getAttribute('aria-roledescription')).toBe('draggable module');
    card.focus();
    await user.keyboard(' ');
    expect(onDragStart).toHaveBeenCalledOnce();
    const { active } = onDragStart.mock.calls[0]![0];
    expect(active.id).toBe(`catalog:${first.id}`);
    expect(active.data.current).toEqual({ kind: 'catalog-module', module: first.id, version: first.version });
    await user.keyboard('{Escape}');
  });

  it('speaks Russian', async () => {
    const user = userEvent.setup();
    useAppStore.setState({ lang: 'ru' });
    renderPanel();
    const region = screen.getByRole('region', { name: 'Каталог модулей' });
    expect(status(region)).toBe('10\u00a0000 модулей');
    await user.type(within(region).getByRole('searchbox', { name: 'Поиск модулей' }), 'сварка');
    const found = bigSearch.search({ text: 'сварка' }, 'ru');
    expect(status(region)).toBe(`${found.length.toLocaleString('ru')} из 10\u00a0000 модулей`);
    const list = within(region).getByRole('list', { name: 'Результаты поиска' });
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(first.getAttribute('aria-label')).toBe(title(found[0]!, 'ru'));
    expect(
      within(first).getByRole('button', { name: `Добавить в программу: ${title(found[0]!, 'ru')}` }),
    ).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Фильтры' })).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Сбросить фильтры' })).toBeTruthy();
  });
});

describe('CatalogPanel over the sample network', () => {
  beforeEach(async () => {
    const { index } = await loadNetwork('fixtures/sample/network.json', async (p) => readFileSync(p));
    setNetwork(index);
  });

  it('marks retired modules, modules in the programme and the selected module', async () => {
    const user = userEvent.setup();
    const { region, list } = renderPanel({
      inProgramme: new Set(['m-weld-mma-basic-2019']),
      selectedModuleId: 'm-weld-mma-basic',
    });
    await user.type(within(region).getByRole('searchbox', { name: 'Search modules' }), 'manual metal arc');
    const retired = within(list()).getByRole('listitem', { name: 'Manual metal arc welding (2019 edition)' });
    expect(within(retired).getByText('retired')).toBeTruthy();
    expect(within(retired).getByText('in programme')).toBeTruthy();
    expect(retired.getAttribute('aria-current')).toBeNull();
    const current = within(list()).getByRole('listitem', { name: 'Manual metal arc welding of plates' });
    expect(within(current).queryByText('retired')).toBeNull();
    expect(within(current).queryByText('in programme')).toBeNull();
    expect(current.getAttribute('aria-current')).toBe('true');
  });

  it('offers the partners, kinds and specialties of the network by name', async () => {
    const user = userEvent.setup();
    const { region } = renderPanel();
    await user.click(within(region).getByRole('button', { name: 'Filters' }));
    const partner = within(region).getByRole('combobox', { name: 'Partner' });
    await user.selectOptions(partner, 'Verkhnerudinsk Polytechnic College');
    expect(status(region)).toMatch(/^19 of 1\d\d modules$/);
    const specialty = within(region).getByRole('combobox', { name: 'Specialty' });
    await user.selectOptions(specialty, within(specialty).getByRole('option', { name: 'Welding' }));
    expect(status(region)).toMatch(/^5 of 1\d\d modules$/);
    expect(within(region).getByRole('option', { name: 'methodological centre' })).toBeTruthy();
  });
});
