/**
 * The one element Crosscheck adds to a story page: a host with a closed shadow root holding the match card.
 * It is created on first use and removed with the highlights. Where the browser has popovers the host goes to
 * the top layer, above any z-index the page uses; it is positioned next to the sentence, below it when there
 * is room and above it otherwise.
 */
import { render } from 'preact';
import { MatchCard, type MatchCardProps } from '../../components/MatchCard';
import { CARD_STYLES } from './cardStyles';

export const CARD_HOST_TAG = 'crosscheck-card';
const GAP = 6;
const MARGIN = 8;

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

  const ensureHost = () => {
    if (host && shadow) return { host, shadow };
    host = doc.createElement(CARD_HOST_TAG);
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
    if ('popover' in host) host.popover = 'manual';
    shadow = host.attachShadow({ mode: 'closed' });
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
    shadow.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') {
        event.stopPropagation();
        handlers.onClose();
      }
    });
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
      if (!open) {
        element.style.setProperty('visibility', 'visible', 'important');
        if ('showPopover' in element && !element.matches(':popover-open')) element.showPopover();
      }
      open = true;
      place(element, anchor);
      if (focus) (root.querySelector('.card') as HTMLElement | null)?.focus();
    },
    hide() {
      if (!host || !open) return;
      const hadFocus = this.hasFocus();
      open = false;
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
    },
  };
}
