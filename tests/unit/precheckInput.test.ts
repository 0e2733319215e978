// @vitest-environment happy-dom
/** What the content script reads for the pre-check: title, head metadata, URL, and the opening text only. */
import { afterEach, describe, expect, it } from 'vitest';
import { readPrecheckInput } from '../../entrypoints/precheck/readPrecheckInput';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('readPrecheckInput', () => {
  it('reads the title, the description and og: metadata, and the text in document order without scripts or styles', () => {
    document.head.innerHTML =
      '<meta name="description" content="Police name Khalid Masood"><meta property="og:site_name" content="BBC News"><meta name="viewport" content="width=device-width">';
    document.title = 'Westminster attacker named';
    document.body.innerHTML =
      '<nav><a>Home</a></nav><script>var hidden = "Masood";</script><style>p { color: red }</style><article><h1>Attacker named</h1><p>He was <b>52</b>.</p></article><template><p>Masood</p></template>';
    const input = readPrecheckInput(document);
    expect(input.title).toBe('Westminster attacker named');
    expect(input.meta).toBe('Police name Khalid Masood BBC News');
    expect(input.url).toBe(location.href);
    expect(input.text.replace(/\s+/g, ' ')).toBe('Home Attacker named He was 52 .');
  });

  it('stops after its budget of text on a very long page', () => {
    document.body.innerHTML = '<p>Weather news for the week ahead.</p>'.repeat(5_000);
    const { text } = readPrecheckInput(document);
    expect(text.length).toBe(30_000);
    expect(text.startsWith('Weather news')).toBe(true);
  });
});
