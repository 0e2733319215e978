// @vitest-environment happy-dom
/**
 * The <mark> fallback for browsers without the Custom Highlight API (happy-dom has none): each sentence's text
 * wrapped in marks of its kind, the first one reachable with Tab, and the page's text restored on clear.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { locateSentences } from '../../core/highlight/locateSentences';
import { createHighlightPainter } from '../../entrypoints/analyzer/highlightPainter';

afterEach(() => {
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});

describe('the <mark> fallback', () => {
  it('wraps each sentence in marks of its kind, focusable once per sentence, and clears back to the same text', () => {
    document.body.innerHTML =
      '<article><p>Police named <a href="/m">Khalid Masood</a> as the attacker. He was 52.</p><p>Ms Rudd said: “It is completely unacceptable.”</p></article>';
    const before = document.body.textContent;
    expect('highlights' in CSS).toBe(false);
    const painter = createHighlightPainter(document);
    const sentences = ['Police named Khalid Masood as the attacker.', 'He was 52.', 'Ms Rudd said: "It is completely unacceptable."'];
    const ranges = locateSentences(document.body, sentences);
    const moved = painter.paint([
      { range: ranges[0]!, kind: 'fact-agrees' },
      { range: ranges[1]!, kind: 'fact-differs' },
      { range: ranges[2]!, kind: 'quote' },
    ]);
    expect(moved.map((r) => r.toString())).toEqual([
      'Police named Khalid Masood as the attacker.',
      'He was 52.',
      'Ms Rudd said: “It is completely unacceptable.”',
    ]);
    const marks = [...document.querySelectorAll('mark[data-crosscheck]')];
    expect(marks.map((m) => [m.getAttribute('data-crosscheck'), m.textContent])).toEqual([
      ['fact-agrees', 'Police named '],
      ['fact-agrees', 'Khalid Masood'],
      ['fact-agrees', ' as the attacker.'],
      ['fact-differs', 'He was 52.'],
      ['quote', 'Ms Rudd said: “It is completely unacceptable.”'],
    ]);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.textContent)).toEqual([
      'Police named ',
      'He was 52.',
      'Ms Rudd said: “It is completely unacceptable.”',
    ]);
    expect(document.body.textContent).toBe(before);
    expect(document.adoptedStyleSheets).toHaveLength(1);

    painter.setActive(1);
    expect(document.querySelector('mark[data-active]')?.textContent).toBe('He was 52.');

    painter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.textContent).toBe(before);
    expect(document.querySelector('a')?.textContent).toBe('Khalid Masood');
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
