/**
 * The one element Crosscheck adds to a story page: a plain host with a closed shadow root holding the match card
 * (ownHost.ts). It is created on first use and removed with the highlights. Where the browser has popovers the
 * host goes to the top layer, above any z-index the page uses; it is positioned next to the sentence, below it
 * when there is room and above it otherwise. A page that removes elements it did not add gets the host back,
 * at the end of <html> the first time and then at the end of <body>, a bounded number of times: the card opens
 * wherever the page lets it stay, and never fights a page that removes it everywhere.
 */
import { render } from 'preact';
import { MatchCard, type MatchCardProps } from '../../components/MatchCard';
import { reportFailure } from '../../messaging/reportFailure';
import { createOwnHost } from '../keyguard/ownHost';
import { CARD_STYLES } from './cardStyles';

const GAP = 6;
const MARGIN = 8;
/** times the host is put back after the page removed it */
const MAX_REATTACH = 4;

export interface CardShowOptions extends Omit<MatchCardProps, 'onStep' | 'onOpenPopup' | 'onSave' | 'onClose'> {
  /** the line of the sentence the card belongs to, in viewport coordinates */
  anchor: DOMRect;
  /** move keyboard focus into the card (it was opened from the keyboard) */
  focus: boolean;
}

export interface CardHandlers {
  onStep(step: 1 | -1): void;
  onOpenPopup(): Promise<boolean>;
  /** save the sentence the card shows */
  onSave(): Promise<void>;
  onClose(): void;
  /** the pointer entered (true) or left (false) the card */
  onPointerInside(inside: boolean): void;
}

export interface CardHost {
  show(options: CardShowOptions): void;
  hide(): void;
  /** whether the card is showing */
  readonly open: boolean;
  /** whether the card holds keyboard focus */
  hasFocus(): boolean;
  isHost(node: Node): boolean;
  remove(): void;
}

const HOST_STYLE: Record<string, string> = {
  position: 'fixed', inset: 'auto', margin: '0', padding: '0', border: '0', background: 'transparent',
  overflow: 'visible', 'z-index': '2147483647', width: 'auto', height: 'auto', 'max-width': 'none', 'max-height': 'none',
  display: 'block',
};

export function createCardHost(doc: Document, handlers: CardHandlers): CardHost {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let open = false;
  let returnFocus: Element | null = null;
  let reattached = 0;

  /** Puts the host (back) in the document: true when it is there. */
  const attach = (element: HTMLElement): boolean => {
    if (element.isConnected) return true;
    if (reattached >= MAX_REATTACH) return false;
    const parent = reattached === 0 ? doc.documentElement : (doc.body ?? doc.documentElement);
    reattached++;
    parent.append(element);
    return element.isConnected;
  };
  const showInTopLayer = (element: HTMLElement) => {
    if (!('showPopover' in element) || !element.isConnected || element.matches(':popover-open')) return;
    try {
      element.showPopover();
    } catch (error) {
      // Not in a state to be shown (e.g. inside a page's modal dialog): it shows as a fixed element instead.
      const name = (error as { name?: unknown } | null)?.name;
      if (name !== 'InvalidStateError' && name !== 'NotSupportedError') reportFailure('analyzer: show the card')(error);
    }
  };
  // While the card is open, a page that removes it gets it back (bounded by MAX_REATTACH).
  const removal = new MutationObserver(() => {
    if (!open || !host || host.isConnected) return;
    if (attach(host)) showInTopLayer(host);
  });

  const ensureHost = () => {
    if (host && shadow) return { host, shadow };
    ({ host, root: shadow } = createOwnHost(doc, (event) => {
      if (event.key === 'Escape') handlers.onClose();
    }));
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
    if ('popover' in host) host.popover = 'manual';
    // A constructed sheet, not a <style> element: a page's Content-Security-Policy cannot block it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_STYLES);
    shadow.adoptedStyleSheets = [sheet];
    const mount = doc.createElement('div');
    shadow.append(mount);
    host.addEventListener('pointerenter', () => handlers.onPointerInside(true));
    host.addEventListener('pointerleave', () => handlers.onPointerInside(false));
    // Tabbing out of the card into the page closes it (focus going nowhere, e.g. to the popup, does not).
    host.addEventListener('focusout', (event) => {
      const to = (event as FocusEvent).relatedTarget;
      if (to instanceof Node && to !== host) handlers.onClose();
    });
    reattached = 0;
    doc.documentElement.append(host);
    return { host, shadow };
  };

  const mountOf = (root: ShadowRoot) => root.lastElementChild as HTMLElement;

  const place = (element: HTMLElement, anchor: DOMRect) => {
    const view = doc.documentElement;
    const width = view.clientWidth;
    const height = view.clientHeight;
    const box = element.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top = below + box.height <= height - MARGIN || anchor.top - GAP - box.height < MARGIN ? below : anchor.top - GAP - box.height;
    const left = Math.min(Math.max(anchor.left, MARGIN), Math.max(MARGIN, width - box.width - MARGIN));
    element.style.setProperty('left', `${Math.round(left)}px`, 'important');
    // Neither below nor above has room (a sentence taller than the view): keep the card inside the view.
    element.style.setProperty('top', `${Math.round(Math.max(MARGIN, Math.min(top, height - box.height - MARGIN)))}px`, 'important');
  };

  return {
    show({ anchor, focus, ...props }) {
      const { host: element, shadow: root } = ensureHost();
      if (focus && !this.hasFocus()) returnFocus = doc.activeElement; // also when a hover card was already open
      render(
        <MatchCard {...props} onStep={handlers.onStep} onOpenPopup={handlers.onOpenPopup} onSave={handlers.onSave} onClose={handlers.onClose} />,
        mountOf(root),
      );
      if (!attach(element)) return; // the page keeps removing it: no card rather than a fight
      element.style.setProperty('visibility', 'visible', 'important');
      showInTopLayer(element);
      if (!open) removal.observe(doc, { childList: true, subtree: true });
      open = true;
      place(element, anchor);
      if (focus) (root.querySelector('.card') as HTMLElement | null)?.focus();
    },
    hide() {
      if (!host || !open) return;
      const hadFocus = this.hasFocus();
      open = false;
      removal.disconnect();
      if ('hidePopover' in host && host.matches(':popover-open')) host.hidePopover();
      host.style.setProperty('visibility', 'hidden', 'important');
      if (hadFocus) {
        if (returnFocus instanceof HTMLElement) returnFocus.focus();
        // Focus came from nowhere focusable (the body): let it go now rather than at the next style update.
        if (this.hasFocus()) (shadow?.activeElement as HTMLElement | null)?.blur();
      }
      returnFocus = null;
    },
    get open() {
      return open;
    },
    hasFocus() {
      return !!host && doc.activeElement === host;
    },
    isHost(node) {
      return node === host;
    },
    remove() {
      if (shadow) render(null, mountOf(shadow));
      host?.remove();
      host = shadow = null;
      open = false;
      removal.disconnect();
    },
  };
}
