/** What the Corpus section asks of the background, as functions, so the section does not depend on how. */
import { sendMessage, type ProtocolMap } from '../../messaging/protocol';

type Call<K extends keyof ProtocolMap> = (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>>;

export interface CorpusClient {
  listSources: () => Promise<ReturnType<ProtocolMap['listSources']>>;
  importCorpusPack: Call<'importCorpusPack'>;
  removeSource: Call<'removeSource'>;
}

export const backgroundCorpusClient: CorpusClient = {
  listSources: () => sendMessage('listSources'),
  importCorpusPack: (data) => sendMessage('importCorpusPack', data),
  removeSource: (data) => sendMessage('removeSource', data),
};
