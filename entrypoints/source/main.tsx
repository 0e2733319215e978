/** Wiring: read `source` and `passage` from the URL, ask the background for the source, render it. */
import { render } from 'preact';
import '../../components/theme.css';
import '../../components/source/source.css';
import { SourceView } from '../../components/source/SourceView';
import { readSourceViewParams } from '../../components/sourceViewUrl';
import { sendMessage } from '../../messaging/protocol';

const root = document.getElementById('app')!;
const { sourceId, passageIds } = readSourceViewParams(location.search);

async function show(): Promise<void> {
  if (!sourceId) throw new Error('This link names no source.');
  const found = await sendMessage('getSource', { sourceId });
  if (!found) throw new Error(`The corpus has no source “${sourceId}”. It may have been removed.`);
  document.title = `${found.source.title} · Crosscheck`;
  render(<SourceView source={found.source} passages={found.passages} highlight={passageIds} />, root);
}

show().catch((error: unknown) => {
  render(<p class="sv-error" role="alert">{(error as Error).message}</p>, root);
});
