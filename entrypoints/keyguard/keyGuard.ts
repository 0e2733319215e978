/**
 * Keys typed into Crosscheck's own elements in a page (the card, the note panel) never reach the page's
 * listeners. Key and input events are composed: they cross a closed shadow root, retargeted to its host, and a
 * page listening on the window in the capture phase would see every key. The guard listens there first (the
 * script runs at document_start, before any page script), stops such an event before any page listener, and
 * gives a key press to the element's own key handler directly, so Crosscheck's own keys (Escape, Ctrl+Enter)
 * still work. No copy is dispatched: Firefox lets a copy made in a content script leave the shadow root, where
 * the page would hear it. The browser's default action (typing, activating a button) is not affected.
 */
const REGISTRY = Symbol.for('crosscheck.ownHosts');

/** events that carry what the reader types, pastes or composes */
const PRIVATE_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput',
  'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut',
] as const;
/** what an element of Crosscheck's own does with a key pressed in it */
export type OwnKeyHandler = (event: KeyboardEvent) => void;

interface Registry {
  hosts: WeakMap<EventTarget, OwnKeyHandler | undefined>;
  guarded: WeakSet<Window>;
}

function registry(): Registry {
  const scope = globalThis as { [REGISTRY]?: Registry };
  return (scope[REGISTRY] ??= { hosts: new WeakMap(), guarded: new WeakSet() });
}

/** Installs the guard on a window once; the first listener on the window's capture phase runs first. */
export function guardKeys(win: Window): void {
  const { hosts, guarded } = registry();
  if (guarded.has(win)) return;
  guarded.add(win);
  // A key pressed in Crosscheck's element may be released after the element closed (Escape, Ctrl+Enter): its
  // release is Crosscheck's too.
  const pressedInside = new Set<string>();
  for (const type of PRIVATE_EVENTS) {
    win.addEventListener(
      type,
      (event) => {
        const own = event.target !== null && hosts.has(event.target);
        const code = event instanceof KeyboardEvent ? event.code : '';
        if (!own) {
          if (type === 'keyup' && pressedInside.delete(code)) event.stopImmediatePropagation();
          return;
        }
        if (type === 'keydown') pressedInside.add(code);
        if (type === 'keyup') pressedInside.delete(code);
        event.stopImmediatePropagation();
        if (type === 'keydown' && event instanceof KeyboardEvent) hosts.get(event.target!)?.(event);
      },
      true,
    );
  }
}

/**
 * Puts a host's shadow root under the guard. Where the guard did not run at document_start (the tab was open
 * before Crosscheck was installed), it is installed now: listeners the page added earlier come first then.
 */
export function guardHost(host: Element, onKey?: OwnKeyHandler): void {
  registry().hosts.set(host, onKey);
  guardKeys(host.ownerDocument.defaultView ?? window);
}
