/**
 * What a page itself can see of the extension, recorded from inside the page's own world. Installed as an init
 * script (before any page script, in every frame), the probe takes a snapshot of the document and of the page's
 * globals at DOMContentLoaded, then records every DOM mutation, long task and CSP violation after it. The page's
 * own dynamic regions are marked [data-page-owned] in the fixtures and left out. The probe keeps the built-ins
 * it needs before a hostile page can replace them, and hides itself from Object.keys(window).
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';

export interface ProbeReport {
  /**
   * DOM mutations after DOMContentLoaded outside [data-page-owned] and outside the elements others added (a host's
   * own attributes and content are its business), as "type target (+added -removed @attribute)"
   */
  mutations: string[];
  /** elements others added after DOMContentLoaded that are still in the document, as tag names with their attributes */
  addedElements: string[];
  /** document.documentElement.outerHTML now is byte-identical to the one at DOMContentLoaded */
  sameOuterHtml: boolean;
  /** the document (open shadow roots included, [data-page-owned] contents and the added elements left out) is unchanged */
  sameApartFromAdded: boolean;
  /** where the two serialisations first differ, for the failure message */
  firstDifference: string;
  /** window properties that were not there at DOMContentLoaded */
  newGlobals: string[];
  longTasks: number;
  longTaskMs: number;
  /** the longest task after DOMContentLoaded */
  longestTaskMs: number;
  cspViolations: string[];
  /** CSS Custom Highlight API registry: name and number of ranges */
  highlights: string[];
  marks: number;
  /** messages posted to the page's window since it started, as their JSON */
  messages: string[];
  /** the rules of the style sheets the document adopted, as their text */
  adoptedRules: string[];
}

/** Runs in the page, as its first script. Self-contained: it is serialised into the page. */
function installProbe(): void {
  const names = Object.getOwnPropertyNames;
  const define = Object.defineProperty;
  const state = {
    dclAt: Infinity,
    outerHtml: '',
    snapshot: '',
    globals: new Set<string>(),
    mutations: [] as { target: Node; text: string }[],
    added: [] as Node[],
    longTasks: 0,
    longTaskMs: 0,
    longestTaskMs: 0,
    csp: [] as string[],
    messages: [] as string[],
  };
  const toJson = JSON.stringify;
  window.addEventListener('message', (e) => {
    state.messages[state.messages.length] = toJson(e.data) ?? String(e.data);
  });
  const inPageOwned = (node: Node | null): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n.nodeType === 1 && (n as Element).hasAttribute('data-page-owned')) return true;
    }
    return false;
  };
  const label = (node: Node): string =>
    node.nodeType === 1 ? (node as Element).localName : node.nodeType === 3 ? '#text' : node.nodeName;
  const serialize = (root: Node, skip: Node[]): string => {
    let out = '';
    const walk = (node: Node): void => {
      for (let i = 0; i < skip.length; i++) if (skip[i] === node) return;
      if (node.nodeType === 3) {
        out += node.nodeValue;
        return;
      }
      if (node.nodeType === 8) {
        out += `<!--${node.nodeValue}-->`;
        return;
      }
      if (node.nodeType !== 1) return;
      const el = node as Element;
      out += `<${el.localName}`;
      for (let i = 0; i < el.attributes.length; i++) out += ` ${el.attributes[i]!.name}="${el.attributes[i]!.value}"`;
      out += '>';
      if (el.hasAttribute('data-page-owned')) {
        out += '…';
      } else {
        if (el.shadowRoot) {
          out += '#shadow-root(';
          for (let c = el.shadowRoot.firstChild; c; c = c.nextSibling) walk(c);
          out += ')';
        }
        const content = el.localName === 'template' ? (el as HTMLTemplateElement).content : el;
        for (let c = content.firstChild; c; c = c.nextSibling) walk(c);
      }
      out += `</${el.localName}>`;
    };
    walk(root);
    return out;
  };

  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    for (let i = 0; i < entries.length; i++) {
      if (entries[i]!.startTime < state.dclAt) continue;
      state.longTasks++;
      state.longTaskMs += entries[i]!.duration;
      if (entries[i]!.duration > state.longestTaskMs) state.longestTaskMs = entries[i]!.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('securitypolicyviolation', (e) => {
    state.csp[state.csp.length] = `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`;
  });
  const observer = new MutationObserver((records) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      if (inPageOwned(r.target)) continue;
      let added = '';
      for (let j = 0; j < r.addedNodes.length; j++) {
        added += ` +${label(r.addedNodes[j]!)}`;
        state.added[state.added.length] = r.addedNodes[j]!;
      }
      let removed = '';
      for (let j = 0; j < r.removedNodes.length; j++) removed += ` -${label(r.removedNodes[j]!)}`;
      state.mutations[state.mutations.length] = {
        target: r.target,
        text: `${r.type} ${label(r.target)}${added}${removed}${r.attributeName ? ` @${r.attributeName}` : ''}`,
      };
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    state.dclAt = performance.now();
    state.outerHtml = document.documentElement.outerHTML;
    state.snapshot = serialize(document.documentElement, []);
    const own = names(window);
    for (let i = 0; i < own.length; i++) state.globals.add(own[i]!);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });

  define(window, '__crosscheckProbe', {
    enumerable: false,
    value: {
      ready: () => state.dclAt !== Infinity,
      report: () => {
        const stillThere: Node[] = [];
        for (let i = 0; i < state.added.length; i++) if (state.added[i]!.isConnected) stillThere[stillThere.length] = state.added[i]!;
        const after = serialize(document.documentElement, stillThere);
        const mutations: string[] = [];
        for (let i = 0; i < state.mutations.length && mutations.length < 50; i++) {
          let insideAdded = false;
          for (let j = 0; j < stillThere.length; j++) if (stillThere[j]!.contains(state.mutations[i]!.target)) insideAdded = true;
          if (!insideAdded) mutations[mutations.length] = state.mutations[i]!.text;
        }
        let at = 0;
        while (at < after.length && after[at] === state.snapshot[at]) at++;
        const globals: string[] = [];
        const own = names(window);
        for (let i = 0; i < own.length; i++) if (!state.globals.has(own[i]!)) globals[globals.length] = own[i]!;
        const highlights: string[] = [];
        if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.forEach((h, name) => (highlights[highlights.length] = `${name}:${h.size}`));
        const addedElements: string[] = [];
        for (let i = 0; i < stillThere.length; i++) {
          const n = stillThere[i]!;
          if (n.nodeType !== 1) continue;
          const el = n as Element;
          let attrs = '';
          for (let j = 0; j < el.attributes.length; j++) attrs += ` ${el.attributes[j]!.name}`;
          addedElements[addedElements.length] = `${el.localName}${attrs ? ` [${attrs.trim()}]` : ''}`;
        }
        return {
          mutations,
          addedElements,
          sameOuterHtml: document.documentElement.outerHTML === state.outerHtml,
          sameApartFromAdded: after === state.snapshot,
          firstDifference: after === state.snapshot ? '' : `before: …${state.snapshot.slice(Math.max(0, at - 80), at + 120)}… after: …${after.slice(Math.max(0, at - 80), at + 120)}…`,
          newGlobals: globals,
          longTasks: state.longTasks,
          longTaskMs: Math.round(state.longTaskMs),
          longestTaskMs: Math.round(state.longestTaskMs),
          cspViolations: state.csp.slice(0),
          highlights,
          marks: document.querySelectorAll('mark').length,
          messages: state.messages.slice(0),
          adoptedRules: document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)),
        };
      },
    },
  });
}

export async function installPageProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(installProbe);
}

type ProbeWindow = { __crosscheckProbe: { ready(): boolean; report(): ProbeReport } };

export async function readProbe(target: Page | Frame): Promise<ProbeReport> {
  await target.waitForFunction(() => (window as unknown as ProbeWindow).__crosscheckProbe?.ready());
  return target.evaluate(() => (window as unknown as ProbeWindow).__crosscheckProbe.report());
}
