/**
 * Keys typed into Crosscheck's own elements in a page (the card, the note panel) never reach the page's
 * listeners. Key and input events are composed: they cross a closed shadow root, retargeted to its host, and a
 * page listening on the window in the capture phase would see every key. The guard listens there first (the
 * script runs at document_start, before any page script), stops such an event before any page listener, and
 * hands a copy that does not leave the shadow root to the element that has focus inside it, so Crosscheck's own
 * key handling still works. The browser's default action (typing, activating a button) is not affected.
 */
const REGISTRY = Symbol.for('crosscheck.ownHosts');

/** events that carry what the reader types, pastes or composes */
const PRIVATE_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput',
  'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut',
] as const;
/** the events Crosscheck's own elements act on, handed to them as copies */
const HANDED_ON = new Set(['keydown', 'keyup']);

interface Registry {
  roots: WeakMap<EventTarget, ShadowRoot>;
  guarded: WeakSet<Window>;
}

function registry(): Registry {
  const scope = globalThis as { [REGISTRY]?: Registry };
  return (scope[REGISTRY] ??= { roots: new WeakMap(), guarded: new WeakSet() });
}

function handOn(event: KeyboardEvent, root: ShadowRoot): void {
  const copy = new KeyboardEvent(event.type, {
    key: event.key, code: event.code, location: event.location, repeat: event.repeat, isComposing: event.isComposing,
    ctrlKey: event.ctrlKey, shiftKey: event.shiftKey, altKey: event.altKey, metaKey: event.metaKey,
    bubbles: true, cancelable: true, composed: false,
  });
  (root.activeElement ?? root).dispatchEvent(copy);
  if (copy.defaultPrevented) event.preventDefault();
}

/** Installs the guard on a window once; the first listener on the window's capture phase runs first. */
export function guardKeys(win: Window): void {
  const { roots, guarded } = registry();
  if (guarded.has(win)) return;
  guarded.add(win);
  // A key pressed in Crosscheck's element may be released after the element closed (Escape, Ctrl+Enter): its
  // release is Crosscheck's too.
  const pressedInside = new Set<string>();
  for (const type of PRIVATE_EVENTS) {
    win.addEventListener(
      type,
      (event) => {
        const root = event.target ? roots.get(event.target) : undefined;
        const code = event instanceof KeyboardEvent ? event.code : '';
        if (!root) {
          if (type === 'keyup' && pressedInside.delete(code)) event.stopImmediatePropagation();
          return;
        }
        if (type === 'keydown') pressedInside.add(code);
        if (type === 'keyup') pressedInside.delete(code);
        event.stopImmediatePropagation();
        if (HANDED_ON.has(type) && event instanceof KeyboardEvent) handOn(event, root);
      },
      true,
    );
  }
}

/**
 * Puts a host's shadow root under the guard. Where the guard did not run at document_start (the tab was open
 * before Crosscheck was installed), it is installed now: listeners the page added earlier come first then.
 */
export function guardHost(host: Element, root: ShadowRoot): void {
  registry().roots.set(host, root);
  guardKeys(host.ownerDocument.defaultView ?? window);
}
