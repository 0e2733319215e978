/** The first-run page: what Crosscheck does, what its corpus covers and how old it is, and that nothing leaves the machine. */
import type { CorpusSummary } from '../../core/context/corpusSummary';
import { DateText } from '../DateText';
import { Logo } from '../Logo';
import { sourceViewPath } from '../sourceViewUrl';
import { nounFor, pluralize } from '../../core/text/wording';
import { bundledStory } from '../../core/story/bundledStory';

export function WelcomePage({ summary }: { summary: CorpusSummary | null }) {
  return (
    <article class="wl-page" aria-labelledby="wl-title">
      <header class="wl-header">
        <Logo size={44} />
        <div>
          <h1 id="wl-title">Crosscheck is installed</h1>
          <p class="wl-lede">Context for the news about {bundledStory.reader.lede}.</p>
        </div>
      </header>

      <section aria-labelledby="wl-does">
        <h2 id="wl-does">What it does</h2>
        <ul class="wl-points">
          <li>On a news page about the story, it highlights the sentences its corpus knows: facts, quotes and positions.</li>
          <li>Its toolbar button shows the page’s context: facts it states the same or differently (with both values and dates), who said what, where and when, and the side of the argument the page leaves out.</li>
          <li>Every item opens its source passage, and any sentence can be saved as an annotation and exported.</li>
          <li>On other pages it stays quiet and reads nothing beyond a quick look at the page’s opening.</li>
        </ul>
      </section>

      <section aria-labelledby="wl-corpus">
        <h2 id="wl-corpus">What the corpus covers</h2>
        {summary ? <CorpusCoverage summary={summary} /> : <p>The corpus is still being loaded. Open this page again in a moment.</p>}
      </section>

      <section aria-labelledby="wl-private" class="wl-private">
        <h2 id="wl-private">Nothing leaves your machine</h2>
        <p>
          The corpus, the analysis of each page and your annotations stay in this browser’s own storage. Crosscheck has no server and no account, and makes no
          network request of its own: pages are read where they are, on your computer.
        </p>
      </section>

      <section aria-labelledby="wl-start">
        <h2 id="wl-start">Getting started</h2>
        <p>Pin Crosscheck to the toolbar, then open {bundledStory.reader.firstPage}. The number on the button counts the sentences that match.</p>
      </section>
    </article>
  );
}

function CorpusCoverage({ summary }: { summary: CorpusSummary }) {
  const { counts } = summary;
  return (
    <>
      <p>
        {summary.sources.length} {nounFor(summary.sources.length, 'source')}, from which Crosscheck read {counts.facts} facts, {counts.quotes} quotes by{' '}
        {summary.speakers.length} speakers, {counts.positions} positions on {summary.propositions.length} {nounFor(summary.propositions.length, 'question')}, and{' '}
        {counts.discrepancies} {nounFor(counts.discrepancies, 'point')} where the sources disagree.
      </p>
      <ul class="wl-sources">
        {summary.sources.map((s) => (
          <li key={s.id}>
            <a href={sourceViewPath(s.id)}>{s.title}</a>
            <span class="wl-source-meta">
              {s.publisher ? ` · ${s.publisher}` : ''}
              {s.date ? (
                <>
                  {' · '}
                  <DateText date={s.date} basis={s.dateBasis} />
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {summary.lastDate ? (
        <p class="wl-age">
          How old it is: the newest source is from <DateText date={summary.lastDate} />
          {summary.ageDays !== undefined ? `, ${ageInWords(summary.ageDays)} ago` : ''}. Later developments, such as the inquests of 2018, are not in it: a page
          that reports them is shown as differing, with both dates, so you can tell a change from an error.
        </p>
      ) : null}
      {summary.speakers.length ? <p>Quoted: {summary.speakers.join(', ')}.</p> : null}
    </>
  );
}

function ageInWords(days: number): string {
  if (days < 60) return pluralize(days, 'day');
  const months = Math.floor(days / 30.44);
  if (months < 24) return `${months} months`;
  return `${Math.floor(days / 365.25)} years`;
}
