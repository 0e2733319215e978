/**
 * Annotations as Markdown that reads well in any editor: one section per page (its title linking to it),
 * each annotation as a blockquote followed by the note, the tags and the linked corpus items.
 */
import { savedOrder } from './savedOrder';
import { markdownInline, markdownLines } from './markdownText';
import type { Annotation } from './model';

function blockquote(text: string): string {
  return markdownLines(text)
    .map((line) => `> ${line}`)
    .join('\n');
}

const hashtag = (tag: string) => `#${markdownInline(tag.trim().replace(/\s+/g, '-'))}`;

/** A link destination in angle brackets: only what would end it or break the line is percent-encoded. */
const destination = (url: string) => `<${url.replace(/[<>\s\\]/g, encodeURIComponent)}>`;

function annotationSection(annotation: Annotation): string {
  const lines = [blockquote(annotation.selectors[0].exact), ''];
  if (annotation.note) lines.push(markdownLines(annotation.note).join('\n'), '');
  if (annotation.tags.length > 0) lines.push(`Tags: ${annotation.tags.map(hashtag).join(' ')}`, '');
  if (annotation.links.length > 0) {
    lines.push('Linked in the corpus:', ...annotation.links.map((link) => `- ${link.kind}: ${markdownInline(link.label)}`), '');
  }
  lines.push(`Saved ${annotation.created.slice(0, 10)}`);
  return lines.join('\n');
}

export function exportMarkdown(annotations: readonly Annotation[]): string {
  const pages = new Map<string, Annotation[]>();
  for (const annotation of [...annotations].sort(savedOrder)) {
    const onPage = pages.get(annotation.url) ?? [];
    onPage.push(annotation);
    pages.set(annotation.url, onPage);
  }
  const sections = ['# Crosscheck annotations'];
  for (const [url, onPage] of pages) {
    onPage.sort((a, b) => a.selectors[1].start - b.selectors[1].start || savedOrder(a, b));
    const title = onPage[0]!.title || url;
    sections.push(`## [${markdownInline(title)}](${destination(url)})`, onPage.map(annotationSection).join('\n\n---\n\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
