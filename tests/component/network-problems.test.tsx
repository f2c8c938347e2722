// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/store';
import { App } from '../../src/ui/app/App';
import { catalog, mod } from '../unit/helpers/builders';

// A partner's network published at a URL, served by a stubbed fetch.
const BASE = 'https://partner.example/net/';
const manifest = {
  kind: 'network',
  schemaVersion: 1,
  id: 'n',
  title: 'Partner network',
  catalogs: ['cat.json'],
};
const withSlip = () => {
  const cat = structuredClone(
    catalog([mod({ id: 'm-good', outcomes: ['c-a'] }), mod({ id: 'm-bad', outcomes: ['c-b'] })]),
  ) as unknown as { modules: Record<string, unknown>[] };
  delete cat.modules[1]!.hours;
  return cat;
};
const serve = (files: Record<string, unknown>) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url in files
        ? new Response(JSON.stringify(files[url]), { status: 200 })
        : new Response('', { status: 404 }),
    ),
  );

const initial = useAppStore.getState();
beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ ...initial, lang: 'en' }, true);
  window.history.replaceState(null, '', `/?network=${encodeURIComponent(`${BASE}network.json`)}`);
});
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('a network opened from an address', () => {
  it('opens without the module its schema check refused, on a blank programme, and says why', async () => {
    serve({ [`${BASE}network.json`]: manifest, [`${BASE}cat.json`]: withSlip() });
    const user = userEvent.setup();
    render(<App />);
    const problems = await screen.findByRole('region', { name: 'Network problems' });
    await user.click(within(problems).getByText('1 error in 1 file of the network.'));
    expect(within(problems).getByRole('heading', { name: `${BASE}cat.json` })).toBeTruthy();
    expect(within(problems).getByRole('listitem').textContent).toBe(
      'schema /modules/1 Does not match the schema (required): missing property "hours". This module (m-bad) is left out of the network until it is fixed.',
    );
    // The catalog holds the module the schema accepted, and not the refused one.
    const catalogRegion = screen.getByRole('region', { name: 'Module catalog' });
    expect(within(catalogRegion).getByText('1 module')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Stage 1' })).toBeTruthy();
  });

  it('shows what stopped it when nothing of it could be loaded', async () => {
    serve({ [`${BASE}network.json`]: { ...manifest, title: 7 } });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The network could not be loaded. ');
    const problems = screen.getByRole('region', { name: 'Network problems' });
    expect(within(problems).getByRole('heading', { name: `${BASE}network.json` })).toBeTruthy();
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['schema /title Does not match the schema (type): must be string or object.']);
  });
});
