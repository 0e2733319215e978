/**
 * The analyzer's life on one page: extract the article, ask the background, locate and paint the matched
 * sentences, show the card on hover, focus and keyboard steps, answer the popup's scroll requests, and analyse
 * again (debounced, a bounded number of times per address) when the page renders late or navigates in place.
 * Every run clears what the previous one painted first. A page with nothing to paint is left exactly as it was.
 */
import type { SentenceMatch } from '../../core/analysis';
import { extractArticleInSlices } from '../../core/extract/extractArticle';
import { textLength } from '../../core/extract/textLength';
import { locateSentencesInSlices } from '../../core/highlight/locateSentences';
import { matchLinks } from '../../core/highlight/matchLinks';
import { matchedSentences, type MatchedSentence } from '../../core/highlight/matchedSentences';
import type { MatchedItems } from '../../core/tabResult';
import { sendMessage } from '../../messaging/protocol';
import { reportAndFallBack, reportFailure } from '../../messaging/reportFailure';
import { retryAfterRestart } from '../../messaging/retryAfterRestart';
import type { AnalyzerHandle } from '../precheck/analyzerHandle';
import { watchGrowth, type GrowthWatcher } from './growthWatcher';
import { createHighlightPainter, MARK_INDEX_ATTRIBUTE } from './highlightPainter';
import { trackHover } from './hoverTracker';
import { createCardHost } from './matchCardHost';
import { yieldToPage } from './yieldToPage';

const DEBOUNCE_MS = 250;
const MAX_RUNS_PER_ADDRESS = 6;
/** a page whose text grew by this share since the last run is analysed again */
const GROWTH_SHARE = 0.2;
const HOVER_HIDE_MS = 300;
const FLASH_MS = 1800;
/** characters of the page kept on each side of a saved sentence */
const CONTEXT_CHARS = 32;

interface Painted {
  sentence: MatchedSentence;
  range: Range;
}

export interface PageAnalyzer extends AnalyzerHandle {
  /** paints a long page's first matches while the whole answer is on its way; false when they are not this run's */
  paintFirstMatches(first: { requestId: string; matches: SentenceMatch[]; items: MatchedItems }): boolean;
  scrollToMatch(sentenceIndex: number): boolean;
  step(step: 1 | -1): boolean;
  /** the site was paused: remove everything and stop watching */
  stop(): void;
}

/** A frameset's text is in its frames, which load after the frameset document is parsed. */
function framesLoaded(doc: Document): Promise<void> {
  if (doc.readyState === 'complete' || !doc.querySelector('frameset')) return Promise.resolve();
  return new Promise((done) => {
    const check = () => {
      if (doc.readyState !== 'complete') return;
      doc.removeEventListener('readystatechange', check);
      done();
    };
    doc.addEventListener('readystatechange', check);
  });
}

export function createPageAnalyzer(doc: Document): PageAnalyzer {
  const painter = createHighlightPainter(doc);
  let painted: Painted[] = [];
  let items: MatchedItems | null = null;
  let generation = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let lastRunAt = -Infinity;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let address = '';
  let runsForAddress = 0;
  let textLengthAtRun = 0;
  let shown: number | null = null;
  let pointerInCard = false;
  let stopHover: (() => void) | null = null;
  let growth: GrowthWatcher | null = null;
  /** the run's request while its answer is awaited, and the painting of the first matches sent ahead of it */
  let awaited: string | null = null;
  let firstPainting: Promise<void> = Promise.resolve();

  const card = createCardHost(doc, {
    onStep: (step) => void stepTo(step, card.hasFocus()),
    onOpenPopup: () => sendMessage('openPopup', undefined).catch(reportAndFallBack('analyzer: open the popup', false)),
    onSave: () => saveShown(),
    onClose: () => hideCard(),
    onPointerInside: (inside) => {
      pointerInCard = inside;
      if (inside) clearTimeout(hideTimer);
      else scheduleHide();
    },
  });

  const isOwn = (node: Node): boolean =>
    card.isHost(node) || (node.nodeType === 1 && (node as Element).hasAttribute(MARK_INDEX_ATTRIBUTE));

  /** The card goes below (or above) the whole sentence, not just the line under the pointer, so it hides none of it. */
  function showCard(index: number, focus: boolean, line?: DOMRect) {
    const entry = painted[index];
    if (!entry) return;
    clearTimeout(hideTimer);
    shown = index;
    const box = entry.range.getBoundingClientRect();
    const left = (line ?? firstLine(entry.range)).left;
    const anchor = new DOMRect(left, box.top, Math.max(0, box.right - left), box.height);
    card.show({ sentence: entry.sentence, items, place: index + 1, total: painted.length, anchor, focus: focus && !card.hasFocus() });
  }

  /** Saves the sentence the card shows as an annotation, with the page's words around it to find it again. */
  async function saveShown(): Promise<void> {
    const entry = shown === null ? undefined : painted[shown];
    if (!entry || !items) throw new Error('the page changed; hover the sentence again');
    const { startContainer, startOffset, endContainer, endOffset } = entry.range;
    await sendMessage('saveAnnotation', {
      url: doc.location.href,
      title: doc.title,
      exact: entry.range.toString(),
      ...(startContainer.nodeType === 3 ? { prefix: startContainer.nodeValue!.slice(Math.max(0, startOffset - CONTEXT_CHARS), startOffset) } : {}),
      ...(endContainer.nodeType === 3 ? { suffix: endContainer.nodeValue!.slice(endOffset, endOffset + CONTEXT_CHARS) } : {}),
      links: matchLinks(entry.sentence.matches, items),
    });
  }

  function hideCard() {
    clearTimeout(hideTimer);
    shown = null;
    card.hide();
    painter.setActive(null);
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!pointerInCard && !card.hasFocus()) hideCard();
    }, HOVER_HIDE_MS);
  }

  function firstLine(range: Range): DOMRect {
    return range.getClientRects()[0] ?? range.getBoundingClientRect();
  }

  /** Brings the sentence to the upper third of the view (its element first, for pages that scroll inside a box). */
  function scrollIntoView(range: Range, smooth: boolean) {
    range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: firstLine(range).top - window.innerHeight / 3, behavior: smooth && !reduced ? 'smooth' : 'instant' });
  }

  function stepTo(step: 1 | -1, focus: boolean): boolean {
    if (!painted.length) return false;
    let index: number;
    if (shown !== null) index = (shown + step + painted.length) % painted.length;
    else {
      // From where the reader is: the first highlight below the top of the view, or the last above its bottom.
      const tops = painted.map((p) => firstLine(p.range).top);
      index = step === 1 ? tops.findIndex((top) => top >= 0) : tops.findLastIndex((top) => top < window.innerHeight);
      if (index === -1) index = step === 1 ? 0 : painted.length - 1;
    }
    const range = painted[index]!.range;
    scrollIntoView(range, false);
    painter.setActive(index);
    showCard(index, focus);
    return true;
  }

  function clearPaint() {
    unpaint();
    card.remove();
    growth?.discardPending();
  }

  function unpaint() {
    hideCard();
    painter.clear();
    stopHover?.();
    stopHover = null;
    painted = [];
    items = null;
  }

  function bodyTextLength(): number {
    return doc.body ? textLength(doc.body) : 0;
  }

  async function run() {
    const here = doc.location.href.split('#')[0]!; // a jump within the page is the same page
    if (here !== address) {
      address = here;
      runsForAddress = 0;
    }
    if (runsForAddress >= MAX_RUNS_PER_ADDRESS) return; // what is painted stays
    runsForAddress++;
    const gen = ++generation;
    clearPaint();
    textLengthAtRun = bodyTextLength();
    let answer: { matches: SentenceMatch[]; items: MatchedItems };
    try {
      await framesLoaded(doc);
      if (gen !== generation) return;
      // A very long page is read a slice at a time, so the page keeps responding (core/slices.ts).
      const page = await extractArticleInSlices(doc, yieldToPage);
      if (gen !== generation) return;
      const requestId = `${gen}-${Math.random().toString(36).slice(2)}`; // crypto.randomUUID needs a secure page
      awaited = requestId;
      answer = await retryAfterRestart(() => sendMessage('analyzePage', { ...page, requestId })).finally(() => {
        if (awaited === requestId) awaited = null;
      });
    } catch (error) {
      // the extension was reloaded (silent), or a bug: in extraction, or the background refused the page or failed
      reportFailure('analyzer: analyse the page')(error);
      return; // nothing to paint
    }
    // The answer's delivery (its deserialization) has its task; locating the sentences starts in the next one.
    await yieldToPage();
    await firstPainting;
    if (gen !== generation) return;
    await paint(matchedSentences(answer.matches), answer.items, gen);
  }

  /** Paints the sentences, in place of what was painted before (the first matches of a long page). */
  async function paint(sentences: MatchedSentence[], matchedItems: MatchedItems, gen: number) {
    if (!doc.body) return;
    // a card open on a first match stays open on the same sentence once the whole answer is painted
    const open = shown === null ? null : { sentenceIndex: painted[shown]?.sentence.sentenceIndex, focus: card.hasFocus() };
    if (painter.wrapsText) unpaint();
    const ranges = sentences.length
      ? await locateSentencesInSlices(
          doc.body,
          sentences.map((s) => s.sentence),
          { skip: isOwn, isVisible: (el) => el.checkVisibility?.() ?? true },
          yieldToPage,
        )
      : [];
    if (gen !== generation) return; // cleared or started again meanwhile
    const located = sentences.flatMap((sentence, i) => (ranges[i] ? [{ sentence, range: ranges[i]! }] : []));
    // the first matches stay painted while the whole answer's sentences are found, and give way in one task
    unpaint();
    if (!located.length) return;
    const moved = painter.paint(located.map(({ sentence, range }) => ({ range, kind: sentence.kind })));
    growth?.discardPending();
    painted = located.map(({ sentence }, i) => ({ sentence, range: moved[i]! }));
    stopHover = trackHover(
      doc,
      () => painted.map((p) => p.range),
      (hit) => {
        if (card.hasFocus()) return;
        if (hit) showCard(hit.index, false, hit.line);
        else scheduleHide();
      },
      (target) => target instanceof Node && card.isHost(target),
    );
    items = matchedItems;
    if (!open) return;
    const again = painted.findIndex((p) => p.sentence.sentenceIndex === open.sentenceIndex);
    if (again === -1) return;
    if (open.focus) painter.setActive(again);
    showCard(again, open.focus);
  }

  function onGrowth() {
    const detached = painted.some((p) => !p.range.startContainer.isConnected);
    if (detached || bodyTextLength() > textLengthAtRun * (1 + GROWTH_SHARE)) reanalyze();
  }

  /** Runs at once when nothing ran lately, else once the calls stop coming for DEBOUNCE_MS. */
  function reanalyze() {
    clearTimeout(debounce);
    const wait = Math.max(0, lastRunAt + DEBOUNCE_MS - performance.now());
    debounce = setTimeout(() => {
      lastRunAt = performance.now();
      run().catch(reportFailure('analyzer: paint the matches'));
    }, wait);
    // The whole document, not the body: an app may swap the body out for a new one.
    growth ??= watchGrowth(doc.documentElement, isOwn, onGrowth);
  }

  // <mark> fallback: a highlight reached with Tab shows its card.
  doc.addEventListener('focusin', (event) => {
    const mark = event.target instanceof Element ? event.target.closest(`[${MARK_INDEX_ATTRIBUTE}]`) : null;
    if (mark) showCard(Number(mark.getAttribute(MARK_INDEX_ATTRIBUTE)), false);
  });
  // A card opened from the keyboard stays until dismissed: a click elsewhere or Escape (also for hover cards,
  // so they can be dismissed without moving the pointer).
  doc.addEventListener('pointerdown', (event) => {
    if (card.hasFocus() && !(event.target instanceof Node && card.isHost(event.target))) hideCard();
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && card.open) hideCard();
  });
  window.addEventListener(
    'scroll',
    () => {
      if (shown === null) return;
      if (card.hasFocus()) showCard(shown, false);
      else hideCard();
    },
    { passive: true, capture: true },
  );

  return {
    reanalyze,
    paintFirstMatches(first) {
      if (first.requestId !== awaited) return false;
      const gen = generation;
      firstPainting = paint(matchedSentences(first.matches), first.items, gen).catch(reportFailure('analyzer: paint the first matches'));
      return true;
    },
    scrollToMatch(sentenceIndex) {
      const index = painted.findIndex((p) => p.sentence.sentenceIndex === sentenceIndex);
      if (index === -1) return false;
      scrollIntoView(painted[index]!.range, true);
      painter.flash(index, FLASH_MS);
      return true;
    },
    step: (step) => stepTo(step, true),
    stop() {
      generation++;
      awaited = null;
      clearTimeout(debounce);
      growth?.stop();
      growth = null;
      clearPaint();
    },
  };
}
