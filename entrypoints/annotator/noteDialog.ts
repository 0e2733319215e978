/**
 * Where the note panel (components/NoteDialog.tsx, Preact, as the match card is) shows: in a closed shadow root
 * of a plain host (ownHost.ts), so the page's styles and scripts neither change it nor read it, and keys typed into
 * it do not reach the page; Esc closes it, Ctrl+Enter saves, a press elsewhere in the page leaves it.
 */
import { h, render } from 'preact';
import { NoteDialog, type NoteDialogProps } from '../../components/NoteDialog';
import { createOwnHost } from '../keyguard/ownHost';

export interface NoteDialogOptions {
  heading: string;
  quote: string;
  note?: string;
  tags?: string;
  /** the button that undoes the annotation: "Remove" just after saving, "Delete" later */
  removeLabel: string;
  /** where the selection was, to place the panel next to it */
  anchor: DOMRect;
  onDone(note: string, tags: string): Promise<void>;
  onRemove(): Promise<void>;
}

const STYLE = `
  :host { all: initial; }
  .panel { position: fixed; z-index: 2147483647; width: 320px; box-sizing: border-box; padding: 12px;
    font: 14px/1.4 system-ui, sans-serif; color: #1f2328; background: #fff; border: 1px solid #d0d7de;
    border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); }
  .title { margin: 0 0 6px; font-weight: 600; }
  blockquote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid #f0b400; color: #57606a;
    max-height: 4.2em; overflow: hidden; }
  label { display: block; margin-top: 6px; font-size: 12px; color: #57606a; }
  textarea, input { display: block; width: 100%; box-sizing: border-box; margin-top: 2px; padding: 6px;
    font: inherit; color: inherit; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; }
  .actions { display: flex; justify-content: space-between; align-items: center; margin-top: 10px; }
  button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa;
    color: #1f2328; cursor: pointer; }
  button.done { background: #3b5bdb; border-color: #3b5bdb; color: #fff; }
  button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #3b5bdb; outline-offset: 1px; }
  .status { font-size: 12px; color: #b42318; min-height: 1em; margin: 6px 0 0; }
  @media (prefers-color-scheme: dark) {
    .panel { color: #e6edf3; background: #161b22; border-color: #30363d; }
    textarea, input { background: #0d1117; border-color: #30363d; }
    button { background: #21262d; border-color: #30363d; color: #e6edf3; }
    blockquote, label { color: #8b949e; }
  }
`;

let open: (() => void) | undefined;

/** Below the selection when it fits, above it otherwise; always inside the viewport. */
function placeNextTo(panel: HTMLElement, anchor: DOMRect, view: Window): void {
  const { height, width } = panel.getBoundingClientRect();
  const below = anchor.bottom + 8;
  const above = anchor.top - 8 - height;
  const top = below + height <= view.innerHeight - 8 ? below : above >= 8 ? above : Math.max(8, view.innerHeight - height - 8);
  panel.style.top = `${Math.round(top)}px`;
  panel.style.left = `${Math.round(Math.min(Math.max(8, anchor.left), view.innerWidth - width - 8))}px`;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(doc.createElement(tag), props);
}

export function openNoteDialog(doc: Document, options: NoteDialogOptions): void {
  open?.();
  const keys: NoteDialogProps['keys'] = {};
  const { host, root } = createOwnHost(doc, (event) => {
    const { key, ctrlKey, metaKey } = event;
    if (key === 'Escape') close();
    else if (key === 'Enter' && (ctrlKey || metaKey)) keys.finish?.();
  });
  // A press anywhere else in the page closes the panel, as Esc does; the annotation stays saved.
  const pressOutside = (event: Event) => {
    if (!event.composedPath().includes(host)) close();
  };
  const close = () => {
    render(null, root);
    host.remove();
    doc.removeEventListener('pointerdown', pressOutside, true);
    if (open === close) open = undefined;
  };
  open = close;
  root.append(element(doc, 'style', { textContent: STYLE }));
  doc.documentElement.append(host);
  const { anchor, ...props } = options;
  render(h(NoteDialog, { ...props, onClose: close, keys }), root);
  doc.addEventListener('pointerdown', pressOutside, true);
  placeNextTo(root.querySelector<HTMLElement>('.panel')!, anchor, doc.defaultView!);
}

/** A notice that fades by itself, for when there is nothing to save. */
export function showNotice(doc: Document, text: string): void {
  const { host, root } = createOwnHost(doc);
  const notice = element(doc, 'div', { className: 'panel', textContent: text });
  notice.setAttribute('role', 'status');
  notice.style.cssText = 'top: 16px; right: 16px; width: auto;';
  root.append(element(doc, 'style', { textContent: STYLE }), notice);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), 3000);
}
