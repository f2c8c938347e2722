// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';
import { selectProgram } from '../../src/store/selectors';
import { App } from '../../src/ui/app/App';

const initial = useAppStore.getState();
beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ ...initial, lang: 'en' }, true);
});
afterEach(() => document.body.replaceChildren());

describe('App', () => {
  it('opens the draft sample programme with its problems listed and marked on its modules', async () => {
    render(<App />);
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByRole('status').textContent).toBe('2 errors, 2 warnings');
    const programme = screen.getByRole('region', { name: 'Programme' });
    const stage = within(programme).getByRole('list', { name: 'Manual arc welding' });
    const card = within(stage).getByRole('listitem', { name: 'Manual metal arc welding (2019 edition)' });
    expect(within(card).getByText('2 problems')).toBeTruthy();
    expect(screen.getByText('2 of 3 covered')).toBeTruthy();
    expect(screen.getByText('48 h')).toBeTruthy();
  });

  it('shows a clean programme as clean after picking it', async () => {
    const user = userEvent.setup();
    render(<App />);
    const picker = await screen.findByRole('combobox', { name: 'Open programme' });
    await user.selectOptions(picker, screen.getByRole('option', { name: 'CNC machine operator' }));
    const diagnostics = screen.getByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByRole('status').textContent).toBe('0 errors, 0 warnings');
    expect(within(diagnostics).getByText('No problems found: the programme meets every rule.')).toBeTruthy();
  });

  it('switches every panel and the diagnostics to Russian and remembers the choice', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('region', { name: 'Module catalog' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ru');
    const diagnostics = screen.getByRole('region', { name: 'Замечания' });
    expect(within(diagnostics).getByRole('status').textContent).toBe('2 ошибки, 2 предупреждения');
    expect(within(diagnostics).getByText(/Модулю «Ручная дуговая сварка/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Каталог модулей' })).toBeTruthy();
    expect(localStorage.getItem('competency-constructor.lang')).toBe('ru');
  });
});

describe('review comments opened on the programme', () => {
  it('says which comments point at nothing in this programme, by module or by place', async () => {
    render(<App />);
    await screen.findByRole('region', { name: 'Diagnostics' });
    const programId = selectProgram(useAppStore.getState())!.id;
    const comment = { text: 'Check this.', verdict: 'change', reviewer: 'Expert', resolved: false } as const;
    useAppStore.getState().openReviewComments({
      kind: 'review-comments',
      schemaVersion: 1,
      programId,
      comments: [
        { ...comment, moduleId: 'm-weld-mma-basic' },
        { ...comment, moduleId: 'm-nowhere' },
        { ...comment, pointer: '/stages/0/items/0' },
        { ...comment, pointer: '/stages/9/items/0' },
        { ...comment, pointer: 'not a pointer' },
      ],
    });
    const panel = await screen.findByRole('region', { name: 'Review comments' });
    const places = within(panel)
      .getAllByRole('listitem')
      .map((item) => within(item).getByText(/^On /).textContent);
    expect(places).toEqual([
      expect.stringMatching(/^On .*Manual metal arc welding/),
      'On m-nowhere, which is not in this programme',
      'On /stages/0/items/0',
      'On /stages/9/items/0, which is not in this programme',
      'On not a pointer, which is not in this programme',
    ]);
  });
});

describe('an elective group asking for more than it holds', () => {
  it('shows the count the file gives, not the first it could offer', async () => {
    render(<App />);
    await screen.findByRole('region', { name: 'Diagnostics' });
    const program = selectProgram(useAppStore.getState())!;
    const of = [
      { module: 'm-weld-safety-basic', version: '2.0.0' },
      { module: 'm-gen-ohs-intro', version: '2.1.0' },
    ];
    useAppStore.getState().openProgram({
      ...program,
      stages: [{ id: 's', title: 'S', items: [{ choose: 3, of }] }],
    });
    const select = await screen.findByRole('combobox', { name: 'Modules to choose' });
    expect((select as HTMLSelectElement).value).toBe('3');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1', '2', '3']);
    const diagnostics = screen.getByRole('region', { name: 'Diagnostics' });
    expect(within(diagnostics).getByText(/asks to choose 3, but only 2 modules are usable/)).toBeTruthy();
    // A count far beyond the group (the schema allows any) is one more option, not millions.
    useAppStore.getState().openProgram({
      ...program,
      stages: [{ id: 's', title: 'S', items: [{ choose: 1e12, of }] }],
    });
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: 'Modules to choose' }) as HTMLSelectElement).value).toBe(
        '1000000000000',
      ),
    );
    expect(
      within(screen.getByRole('combobox', { name: 'Modules to choose' })).getAllByRole('option'),
    ).toHaveLength(3);
  });
});

describe('moving a module with its buttons', () => {
  it('moves it on into the next or previous stage from either end of its own, as a drag would', async () => {
    const user = userEvent.setup();
    render(<App />);
    const programme = await screen.findByRole('region', { name: 'Programme' });
    const titles = (stage: string) =>
      within(within(programme).getByRole('list', { name: stage }))
        .queryAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label'));
    const mma = 'Manual metal arc welding (2019 edition)';
    expect(within(programme).getByRole('button', { name: `Move “${mma}” up` })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(within(programme).getByRole('button', { name: `Move “${mma}” down` }));
    expect(titles('Manual arc welding')).toEqual([]);
    expect(titles('Welding safety')).toEqual([mma, 'Safety in welding and hot work']);
    await user.click(within(programme).getByRole('button', { name: `Move “${mma}” down` }));
    expect(titles('Welding safety')).toEqual(['Safety in welding and hot work', mma]);
    expect(within(programme).getByRole('button', { name: `Move “${mma}” down` })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(
      within(programme).getByRole('button', { name: 'Move “Safety in welding and hot work” up' }),
    );
    expect(titles('Manual arc welding')).toEqual(['Safety in welding and hot work']);
  });
});

describe('Show on a problem with the programme itself', () => {
  it('brings the field it is about into focus: a target competency, the final assessment', async () => {
    const user = userEvent.setup();
    render(<App />);
    const diagnostics = await screen.findByRole('region', { name: 'Diagnostics' });
    const showFor = (code: string) =>
      within(
        within(diagnostics)
          .getAllByRole('listitem')
          .find((li) => li.textContent?.includes(code))!,
      ).getByRole('button', { name: 'Show' });
    await user.click(showFor('coverage.missing'));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        'Remove PC 1.4 “Gas metal arc welding (MIG/MAG)”',
      ),
    );
    await user.click(showFor('assessment.missing-final'));
    await waitFor(() => expect(document.activeElement?.id).toBe('final-assessment'));
  });
});
