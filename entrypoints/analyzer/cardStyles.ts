/** The card's own styles, inside its shadow root: the page's CSS cannot reach it, and it cannot reach the page. */
export const CARD_STYLES = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: min(420px, calc(100vh - 16px));
  display: flex; flex-direction: column;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; background: #ffffff;
  border: 1px solid #c9cfdb; border-left: 6px solid var(--kind); border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.22);
  padding: 10px 12px; outline: none;
}
.card:focus-visible { outline: 3px solid #4c6ef5; outline-offset: 2px; }
.kind-fact-agrees { --kind: #1f7a35; } .kind-fact-differs { --kind: #c92a2a; } .kind-quote { --kind: #364fc7; } .kind-position { --kind: #c2410c; }
header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.kind { font-weight: 700; font-size: 13px; color: var(--kind); text-transform: none; }
ul.matches { list-style: none; margin: 6px 0 0; padding: 0 2px 0 0; overflow: auto; min-height: 0; flex: 1 1 auto; }
ul.matches > li + li { border-top: 1px solid #e3e7ef; margin-top: 8px; padding-top: 8px; }
p { margin: 4px 0; }
.verdict { font-weight: 600; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #c9cfdb; font-style: italic; }
.speaker, .date, .source { font-size: 12.5px; color: #4a5366; }
dl.values { margin: 4px 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
dl.values > div { display: contents; }
dt { font-weight: 600; font-size: 12.5px; color: #4a5366; }
dd { margin: 0; }
footer { display: flex; align-items: center; gap: 6px; margin-top: 10px; }
.place { font-size: 12.5px; color: #4a5366; min-width: 4.5em; text-align: center; }
button {
  font: inherit; font-size: 13px; color: inherit; background: #f1f3f8; border: 1px solid #c9cfdb; border-radius: 6px;
  padding: 2px 9px; cursor: pointer;
}
button:disabled { opacity: 0.45; cursor: default; }
button:focus-visible { outline: 3px solid #4c6ef5; outline-offset: 1px; }
button.save { margin-left: auto; }
button.open { background: #3b5bdb; border-color: #3b5bdb; color: #ffffff; font-weight: 600; }
button.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 0 4px; }
.loading { color: #4a5366; }
.hint { font-size: 12.5px; margin: 6px 0 0; }
.hint:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .card { color: #e7eaf0; background: #1f2330; border-color: #434a5c; box-shadow: 0 6px 24px rgb(0 0 0 / 0.6); }
  .kind-fact-agrees { --kind: #69db7c; } .kind-fact-differs { --kind: #ff8787; } .kind-quote { --kind: #91a7ff; } .kind-position { --kind: #ffa94d; }
  ul.matches > li + li { border-top-color: #343a4a; }
  blockquote { border-left-color: #434a5c; }
  .speaker, .date, .source, dt, .place, .loading { color: #b4bccc; }
  button { background: #2b3142; border-color: #434a5c; }
  button.open { background: #4c6ef5; border-color: #4c6ef5; }
}
@media (forced-colors: active) {
  .card { border: 2px solid CanvasText; border-left-width: 6px; }
  button.open { border: 1px solid ButtonText; }
}
`;
