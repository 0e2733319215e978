/** Wiring: the options page's sections, talking to the background. */
import { render } from 'preact';
import '../../components/theme.css';
import '../../components/options/options.css';
import { backgroundAnnotationsClient } from '../../components/options/annotationsClient';
import { backgroundCorpusClient } from '../../components/options/corpusClient';
import { backgroundErrorLogClient } from '../../components/options/errorLogClient';
import { OptionsApp } from '../../components/options/OptionsApp';
import { backgroundSitesClient } from '../../components/options/sitesClient';

render(<OptionsApp clients={{ corpus: backgroundCorpusClient, annotations: backgroundAnnotationsClient, sites: backgroundSitesClient, errors: backgroundErrorLogClient }} />, document.getElementById('app')!);
