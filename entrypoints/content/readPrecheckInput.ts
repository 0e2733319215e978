/**
 * Reads what the pre-check needs without forcing layout (text nodes, never innerText) and stops after
 * TEXT_BUDGET characters, so a 1 MB page costs about as much as a short one.
 */
const TEXT_BUDGET = 30_000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

function openingText(doc: Document): string {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      SKIPPED.has(node.parentElement?.tagName.toUpperCase() ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < TEXT_BUDGET; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    parts.push(value);
    length += value.length;
  }
  return parts.join(' ').slice(0, TEXT_BUDGET);
}

export function readPrecheckInput(doc: Document) {
  const meta = Array.from(
    doc.querySelectorAll<HTMLMetaElement>('meta[name="description"], meta[property^="og:"], meta[name="keywords"]'),
    (m) => m.content,
  ).join(' ');
  return { title: doc.title, url: doc.location.href, meta, text: openingText(doc) };
}
