// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Program } from '../../src/domain/model';
import { loadKind } from '../../src/io/load';
import { loadNetwork, type LoadedNetwork } from '../../src/io/network-source';
import { useAppStore } from '../../src/store';
import { PicturesPanel } from '../../src/ui/pictures/PicturesPanel';

const read = async (p: string) => readFileSync(p);
let network: LoadedNetwork;
beforeAll(async () => {
  network = await loadNetwork('fixtures/sample/network.json', read);
});
function sample(name: string): Program {
  const loaded = loadKind(readFileSync(`fixtures/sample/programmes/${name}`), 'program');
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return loaded.value;
}

const initial = useAppStore.getState();
function open(program: Program) {
  useAppStore.setState({ ...initial, network, lang: 'en' }, true);
  useAppStore.getState().openProgram(program);
}
beforeEach(() => localStorage.clear());
afterEach(() => document.body.replaceChildren());

const panel = () => screen.getByRole('region', { name: 'Programme at a glance' });

describe('PicturesPanel', () => {
  it('shows the coverage matrix first: targets by modules, the uncovered target marked', () => {
    open(sample('a-draft-welder-mma.json'));
    render(<PicturesPanel />);
    const coverage = within(panel()).getByRole('tab', { name: 'Coverage' });
    expect(coverage.getAttribute('aria-selected')).toBe('true');
    const table = within(panel()).getByRole('table', {
      name: 'Target competencies by the modules that develop them',
    });
    expect(
      within(table).getByRole('columnheader', { name: 'Manual metal arc welding (2019 edition)' }),
    ).toBeTruthy();
    const mma = within(table).getByRole('row', { name: /PC 1\.3/ });
    expect(
      within(mma)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['✓covered', '✓develops', '']);
    const mig = within(table).getByRole('row', { name: /PC 1\.4/ });
    expect(
      within(mig)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['✗not covered', '', '']);
    expect(within(panel()).getByText('2 of 3 covered')).toBeTruthy();
  });

  it('marks elective modules in the column headers', () => {
    open(sample('vocational-drones.json'));
    render(<PicturesPanel />);
    const table = screen.getByRole('table', { name: 'Target competencies by the modules that develop them' });
    expect(within(table).getByRole('columnheader', { name: 'FPV flying (elective)' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: '3. Specialisation' })).toBeTruthy();
  });

  it('charts hours by stage and by partner, with the numbers', async () => {
    const user = userEvent.setup();
    open(sample('vocational-drones.json'));
    render(<PicturesPanel />);
    await user.click(screen.getByRole('tab', { name: 'Hours' }));
    expect(screen.getByRole('tabpanel', { name: 'Hours' })).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: 'Hours by stage. 1. UAS basics: 60 h; 2. Missions and aerial imaging: 48 h; 3. Specialisation: 88–120 h',
      }),
    ).toBeTruthy();
    const partners = screen.getByRole('img', { name: /^Hours by partner\./ });
    expect(partners.getAttribute('aria-label')).toContain(
      'Lyceum No. 7, Verkhnerudinsk: 28 h mandatory, 0–24 h more by elective choice, 14% of the minimum',
    );
    const stages = screen.getByRole('table', { name: 'Hours by stage, in numbers' });
    const last = within(stages).getByRole('row', { name: /Specialisation/ });
    expect(
      within(last)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12–20', '64–78', '2–8', '10–14', '88–120 h']);
    const byPartner = screen.getByRole('table', { name: 'Hours by partner, in numbers' });
    const rcpk = within(byPartner).getByRole('row', { name: /Regional Centre/ });
    expect(
      within(rcpk)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['8 h', '—', '4%']);
  });

  it('draws the prerequisite graph and says every edge, the out-of-order one as such', async () => {
    const user = userEvent.setup();
    open(sample('a-draft-welder-mma.json'));
    render(<PicturesPanel />);
    await user.click(screen.getByRole('tab', { name: 'Prerequisites' }));
    const graph = screen.getByRole('img', { name: 'Prerequisite graph' });
    expect(graph.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('2 modules · 1 link · 1 out of order')).toBeTruthy();
    const edges = screen.getByRole('list', { name: 'Prerequisite links' });
    expect(
      within(edges)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '“Safety in welding and hot work” provides PC 1.1 “Preparing the welding workstation and welding safely” to “Manual metal arc welding (2019 edition)”, but comes later: out of order',
    ]);
    expect(graph.querySelectorAll('path.edge-order')).toHaveLength(1);
  });

  it('says an unmet prerequisite comes from nothing in the programme', async () => {
    const user = userEvent.setup();
    open({ ...sample('a-draft-welder-mma.json'), entryRequirements: [] });
    render(<PicturesPanel />);
    await user.click(screen.getByRole('tab', { name: 'Prerequisites' }));
    const items = within(screen.getByRole('list', { name: 'Prerequisite links' })).getAllByRole('listitem');
    expect(items[1]!.textContent).toMatch(
      /^Unmet: no module in the programme provides GC 1 “.+” to “Safety in welding and hot work”, and it is not an entry requirement$/,
    );
    const graph = screen.getByRole('img', { name: 'Prerequisite graph' });
    expect(graph.querySelectorAll('path.edge-unmet')).toHaveLength(1);
    expect(within(graph as unknown as HTMLElement).getByText('Missing')).toBeTruthy();
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    open(sample('cnc-operator-72h.json'));
    render(<PicturesPanel />);
    await user.click(screen.getByRole('tab', { name: 'Coverage' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Hours' }));
    expect(screen.getByRole('tab', { name: 'Hours' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Coverage', selected: true })).toBe(document.activeElement);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Prerequisites', selected: true })).toBeTruthy();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Coverage', selected: true })).toBeTruthy();
    await user.keyboard('{End}');
    expect(screen.getByRole('tabpanel', { name: 'Prerequisites' })).toBeTruthy();
    expect(screen.queryByRole('tabpanel', { name: 'Coverage' })).toBeNull();
  });

  it('speaks Russian after the language changes', async () => {
    const user = userEvent.setup();
    open(sample('a-draft-welder-mma.json'));
    render(<PicturesPanel />);
    act(() => useAppStore.setState({ lang: 'ru' }));
    const region = screen.getByRole('region', { name: 'Программа наглядно' });
    expect(
      within(region)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Покрытие', 'Часы', 'Пререквизиты']);
    const table = within(region).getByRole('table', {
      name: 'Целевые компетенции и модули, которые их формируют',
    });
    expect(within(table).getByRole('row', { name: /PC 1\.4/ }).textContent).toContain('не формируется');
    await user.click(within(region).getByRole('tab', { name: 'Пререквизиты' }));
    expect(within(region).getByRole('img', { name: 'Граф пререквизитов' })).toBeTruthy();
    expect(within(region).getByText('2 модуля · 1 связь · 1 не по порядку')).toBeTruthy();
    expect(within(region).getByRole('listitem').textContent).toBe(
      '«Безопасность сварочных и огневых работ» формирует PC 1.1 «Подготовка рабочего места сварщика и безопасное ведение сварочных работ» для модуля «Ручная дуговая сварка (редакция 2019 года)», но стоит позже: нарушен порядок',
    );
    await user.click(within(region).getByRole('tab', { name: 'Часы' }));
    expect(
      within(region).getByRole('img', { name: /^Часы по этапам\. 1\. Ручная дуговая сварка: 40 ч/ }),
    ).toBeTruthy();
  });

  it('says so when the programme has no modules yet', async () => {
    const user = userEvent.setup();
    open({ ...sample('cnc-operator-72h.json'), stages: [] });
    render(<PicturesPanel />);
    for (const tab of ['Hours', 'Prerequisites']) {
      await user.click(screen.getByRole('tab', { name: tab }));
      expect(
        within(screen.getByRole('tabpanel', { name: tab })).getByText('The programme has no modules yet.'),
      ).toBeTruthy();
    }
    await user.click(screen.getByRole('tab', { name: 'Coverage' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row', { name: /PC 3/ });
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(
      Array(5).fill('✗not covered'),
    );
  });

  it('asks for a programme when none is open', () => {
    useAppStore.setState({ ...initial, network, lang: 'en' }, true);
    render(<PicturesPanel />);
    expect(within(panel()).getByText('Open a programme to see its pictures.')).toBeTruthy();
  });
});
