/**
 * The options page: one section after another, each a component of its own. A new section is one more entry
 * in SECTIONS.
 */
import type { ComponentChild } from 'preact';
import { AnnotationsPanel } from './AnnotationsPanel';
import type { AnnotationsClient } from './annotationsClient';
import { CorpusManager } from './CorpusManager';
import type { CorpusClient } from './corpusClient';
import { ErrorLogPanel } from './ErrorLogPanel';
import type { ErrorLogClient } from './errorLogClient';
import { SitesPanel } from './SitesPanel';
import type { SitesClient } from './sitesClient';

export interface OptionsClients {
  corpus: CorpusClient;
  annotations: AnnotationsClient;
  sites: SitesClient;
  errors: ErrorLogClient;
}

interface Section {
  id: string;
  title: string;
  render(clients: OptionsClients): ComponentChild;
}

const SECTIONS: Section[] = [
  { id: 'corpus', title: 'Corpus', render: (c) => <CorpusManager client={c.corpus} /> },
  { id: 'annotations', title: 'Annotations', render: (c) => <AnnotationsPanel client={c.annotations} /> },
  { id: 'sites', title: 'Sites', render: (c) => <SitesPanel client={c.sites} /> },
  { id: 'errors', title: 'Errors', render: (c) => <ErrorLogPanel client={c.errors} /> },
];

export function OptionsApp({ clients }: { clients: OptionsClients }) {
  return (
    <div class="options-page">
      <h1>Crosscheck</h1>
      <nav aria-label="Sections" class="options-nav">
        {SECTIONS.map((s) => <a key={s.id} href={`#${s.id}`}>{s.title}</a>)}
      </nav>
      {SECTIONS.map((s) => (
        <div key={s.id} id={s.id}>
          {s.render(clients)}
        </div>
      ))}
    </div>
  );
}
