/**
 * The highlight style sheet, adopted by the document while something is painted. A page may replace
 * document.adoptedStyleSheets wholesale (a theme switch does `document.adoptedStyleSheets = [theme]`), which
 * leaves the highlights registered but unstyled, so invisible. No event tells of it: while adopted, the sheet
 * is looked for every CHECK_MS and put back when it is gone, at most MAX_RESTORES times per page (a page that
 * keeps dropping it is not fought forever).
 */
const CHECK_MS = 1000;
const MAX_RESTORES = 30;

export interface AdoptedSheet {
  adopt(): void;
  drop(): void;
}

export function adoptedSheet(doc: Document, css: string): AdoptedSheet {
  let sheet: CSSStyleSheet | null = null;
  let watch: ReturnType<typeof setInterval> | undefined;
  let restores = 0;
  const add = (own: CSSStyleSheet) => {
    if (!doc.adoptedStyleSheets.includes(own)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, own];
  };
  return {
    adopt() {
      if (sheet) return;
      const own = (sheet = new CSSStyleSheet());
      own.replaceSync(css);
      add(own);
      watch = setInterval(() => {
        if (doc.adoptedStyleSheets.includes(own)) return;
        if (restores >= MAX_RESTORES) return clearInterval(watch);
        restores++;
        add(own);
      }, CHECK_MS);
    },
    drop() {
      clearInterval(watch);
      if (!sheet) return;
      const own = sheet;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== own);
      sheet = null;
    },
  };
}
