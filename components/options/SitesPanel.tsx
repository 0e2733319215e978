/**
 * The Sites section: where Crosscheck is switched off. Pause everywhere, the sites paused one by one (from the
 * popup or here) with a way to resume each, and a field to pause a site before visiting it.
 */
import { useEffect, useState } from 'preact/hooks';
import { siteOf } from '../../core/site';
import type { SitesClient } from './sitesClient';

export function SitesPanel({ client }: { client: SitesClient }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [everywhere, setEverywhere] = useState(false);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);

  const reload = async () => {
    const [paused, all] = await Promise.all([client.listPausedSites(), client.getPausedEverywhere()]);
    setSites(paused);
    setEverywhere(all);
  };
  useEffect(() => void reload(), [client]);

  const toggleEverywhere = async (paused: boolean) => {
    await client.setPausedEverywhere(paused);
    setEverywhere(paused);
    setMessage({ kind: 'status', text: paused ? 'Crosscheck is paused on every site.' : 'Crosscheck runs again, except on the sites listed below.' });
  };

  const setPaused = async (site: string, paused: boolean) => {
    await client.setSitePaused(site, paused);
    await reload();
    setMessage({ kind: 'status', text: paused ? `Paused on ${site}.` : `Crosscheck runs on ${site} again.` });
  };

  const pauseTyped = async (event: Event) => {
    event.preventDefault();
    const entered = typed.trim();
    const site = siteOf(/^https?:\/\//i.test(entered) ? entered : `https://${entered}`);
    if (!entered || !site || !site.includes('.')) {
      setMessage({ kind: 'error', text: `“${entered}” is not a site name. Type one such as bbc.co.uk.` });
      return;
    }
    setTyped('');
    await setPaused(site, true);
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="muted">Where Crosscheck stays off. A paused site gets no highlights, no badge and no analysis.</p>
      <label class="row">
        <input type="checkbox" checked={everywhere} onChange={(e) => void toggleEverywhere(e.currentTarget.checked)} />
        Pause everywhere
      </label>
      <form class="row" onSubmit={(e) => void pauseTyped(e)}>
        <label for="pause-site">Pause a site</label>
        <input id="pause-site" type="text" placeholder="bbc.co.uk" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        <button type="submit">Pause</button>
      </form>
      <p class={message?.kind ?? 'status'} role="status">{message?.text ?? ''}</p>
      {sites === null ? null : sites.length === 0 ? (
        <p class="muted">No site is paused. Pause one here or with the switch in the popup.</p>
      ) : (
        <ul class="paused-sites" aria-label="Paused sites">
          {sites.map((site) => (
            <li key={site} class="row">
              <span>{site}</span>
              <button type="button" onClick={() => void setPaused(site, false)}>
                Resume<span class="cc-visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
