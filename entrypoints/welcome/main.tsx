/** Wiring: the corpus summary from the background, rendered into the first-run page. */
import { render } from 'preact';
import '../../components/theme.css';
import '../../components/welcome/welcome.css';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { sendMessage } from '../../messaging/protocol';

const root = document.getElementById('app')!;
render(<WelcomePage summary={null} />, root);
sendMessage('getCorpusSummary', undefined).then(
  (summary) => render(<WelcomePage summary={summary} />, root),
  () => render(<WelcomePage summary={null} />, root),
);
