/** What the Sites section asks of the background, as functions, so the section does not depend on how. */
import { sendMessage } from '../../messaging/protocol';

export interface SitesClient {
  listPausedSites(): Promise<string[]>;
  /** pause or resume a site by its host name ("bbc.co.uk") */
  setSitePaused(site: string, paused: boolean): Promise<void>;
  getPausedEverywhere(): Promise<boolean>;
  setPausedEverywhere(paused: boolean): Promise<void>;
}

export const backgroundSitesClient: SitesClient = {
  listPausedSites: () => sendMessage('listPausedSites'),
  setSitePaused: async (site, paused) => void (await sendMessage('setSitePaused', { url: `https://${site}/`, paused })),
  getPausedEverywhere: () => sendMessage('getPausedEverywhere'),
  setPausedEverywhere: async (paused) => void (await sendMessage('setPausedEverywhere', { paused })),
};
