/** Wiring: the options page's sections, talking to the background. */
import { render } from 'preact';
import '../../components/theme.css';
import '../../components/options/options.css';
import { AnnotationsPanel } from '../../components/options/AnnotationsPanel';
import { backgroundAnnotationsClient } from '../../components/options/annotationsClient';

render(
  <div class="options-page">
    <h1>Crosscheck</h1>
    <AnnotationsPanel client={backgroundAnnotationsClient} />
  </div>,
  document.getElementById('app')!,
);
