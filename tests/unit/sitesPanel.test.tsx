// @vitest-environment happy-dom
/**
 * The options page's Sites section on its real storage (fake-indexeddb): the sites paused from the popup are
 * listed and can be resumed, a site can be paused by name before visiting it, and nonsense is refused.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SitesPanel } from '../../components/options/SitesPanel';
import type { SitesClient } from '../../components/options/sitesClient';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { isPausedEverywhere, setPausedEverywhere } from '../../storage/pauseEverywhere';
import { isSitePaused, pausedSites, setSitePaused } from '../../storage/siteSettings';

let db: CrosscheckDB;
let n = 0;

function storageClient(): SitesClient {
  return {
    listPausedSites: () => pausedSites(db),
    setSitePaused: (site, paused) => setSitePaused(db, site, paused),
    getPausedEverywhere: () => isPausedEverywhere(db),
    setPausedEverywhere: async (paused) => void (await setPausedEverywhere(db, paused)),
  };
}

beforeEach(async () => {
  db = openDatabase(`sites-panel-${n++}`);
  await setSitePaused(db, 'theguardian.com', true);
});
afterEach(async () => {
  cleanup();
  db.close();
});

describe('SitesPanel', () => {
  it('lists the paused sites and resumes one', async () => {
    render(<SitesPanel client={storageClient()} />);
    const list = await screen.findByRole('list', { name: 'Paused sites' });
    expect(list.textContent).toContain('theguardian.com');
    fireEvent.click(screen.getByRole('button', { name: 'Resume theguardian.com' }));
    await screen.findByText('No site is paused. Pause one here or with the switch in the popup.');
    expect(await isSitePaused(db, 'theguardian.com')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Crosscheck runs on theguardian.com again.');
  });

  it('pauses a site typed by name or as a URL, as the popup names it', async () => {
    render(<SitesPanel client={storageClient()} />);
    const field = await screen.findByLabelText('Pause a site');
    fireEvent.input(field, { target: { value: 'https://www.BBC.co.uk/news/uk-39396578' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(async () => expect(await pausedSites(db)).toEqual(['bbc.co.uk', 'theguardian.com']));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Paused sites' }).textContent).toContain('bbc.co.uk'));
  });

  it('refuses what is not a site name and writes nothing', async () => {
    render(<SitesPanel client={storageClient()} />);
    const field = await screen.findByLabelText('Pause a site');
    fireEvent.input(field, { target: { value: 'not a site' } });
    fireEvent.submit(field.closest('form')!);
    await screen.findByText('“not a site” is not a site name. Type one such as bbc.co.uk.');
    expect(await pausedSites(db)).toEqual(['theguardian.com']);
  });

  it('pauses and resumes everywhere', async () => {
    render(<SitesPanel client={storageClient()} />);
    const everywhere = await screen.findByRole('checkbox', { name: 'Pause everywhere' });
    fireEvent.click(everywhere);
    await waitFor(async () => expect(await isPausedEverywhere(db)).toBe(true));
    fireEvent.click(everywhere);
    await waitFor(async () => expect(await isPausedEverywhere(db)).toBe(false));
  });
});
