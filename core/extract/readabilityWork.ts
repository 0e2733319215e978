/**
 * Readability's parse() (@mozilla/readability 0.6.0, pinned in package.json) as work that may pause between its
 * steps (core/slices.ts), for the live page: on a 20,000-word story page parse() held the page's main thread for
 * 80 to 160 ms in one task, nearly all of it in _grabArticle, whose cost grows with the page (every node's
 * textContent, every paragraph's inner text and link density).
 *
 * parse() and _grabArticle are followed statement by statement, calling Readability's own helpers on its own
 * instance, with a pause between parse()'s steps, every few nodes of _grabArticle's walks and around its costly
 * single steps (the page's HTML kept for a retry, the article's clean-up). Its debug logging is left out. The
 * document worked on is the clone extractArticle makes, detached from the page, so nothing can change it between
 * two slices: the result is the one parse() gives (tests/unit/readabilityWork.test.ts holds it to that on real
 * pages, in two DOM implementations). Readability is pinned because this follows its private methods: a new version
 * is a new reading of this file.
 *
 * Readability: Copyright (c) 2010 Arc90 Inc, Apache License 2.0.
 */
import { Readability } from '@mozilla/readability';
import { PAUSE } from '../slices';

export type ReadabilityOptions = NonNullable<ConstructorParameters<typeof Readability<Node>>[1]>;
export type ParsedArticle = ReturnType<Readability<Node>['parse']>;

/** how many nodes a walk visits between two points where it may pause */
const NODES_PER_STEP = 16;

interface Scored {
  contentScore: number;
}

/** an element as Readability handles it: its score kept on the element */
type El = Element & { readability?: Scored };

/** Readability's private state and helpers this follows (see its source) */
interface Internals {
  _doc: Document;
  _disableJSONLD: boolean;
  _maxElemsToParse: number;
  _metadata: Record<string, string | undefined>;
  _articleTitle: string;
  _articleByline: string | null;
  _articleDir: string | null;
  _articleLang: string | null;
  _articleSiteName: string | null;
  _attempts: { articleContent: El; textLength: number }[];
  _nbTopCandidates: number;
  _charThreshold: number;
  _serializer: (node: Node) => Node;
  FLAG_STRIP_UNLIKELYS: number;
  FLAG_WEIGHT_CLASSES: number;
  FLAG_CLEAN_CONDITIONALLY: number;
  REGEXPS: Record<string, RegExp>;
  UNLIKELY_ROLES: string[];
  DEFAULT_TAGS_TO_SCORE: string[];
  ALTER_TO_DIV_EXCEPTIONS: string[];
  _unwrapNoscriptImages(doc: Document): void;
  _getJSONLD(doc: Document): unknown;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _getArticleMetadata(jsonLd: unknown): Record<string, string | undefined>;
  _postProcessContent(articleContent: El): void;
  _flagIsActive(flag: number): boolean;
  _removeFlag(flag: number): void;
  _isProbablyVisible(node: El): boolean;
  _removeAndGetNext(node: El): El | null;
  _isValidByline(node: El, matchString: string): boolean;
  _getNextNode(node: El, ignoreSelfAndKids?: boolean): El | null;
  _headerDuplicatesTitle(node: El): boolean;
  _hasAncestorTag(node: El, tagName: string): boolean;
  _isElementWithoutContent(node: El): boolean;
  _isPhrasingContent(node: Node): boolean;
  _isWhitespace(node: Node): boolean;
  _hasSingleTagInsideElement(element: El, tag: string): boolean;
  _getLinkDensity(element: El): number;
  _hasChildBlockElement(element: El): boolean;
  _setNodeTag(node: El, tag: string): El;
  _getInnerText(e: El, normalizeSpaces?: boolean): string;
  _getNodeAncestors(node: El, maxDepth?: number): El[];
  _initializeNode(node: El): void;
  _prepArticle(articleContent: El): void;
}

/** What `new Readability(doc, options).parse()` returns, a step at a time. */
export function* readabilityWork(doc: Document, options: ReadabilityOptions): Generator<unknown, ParsedArticle> {
  const reader = new Readability<Node>(doc, options) as unknown as Internals;
  if (reader._maxElemsToParse > 0) {
    const numTags = reader._doc.getElementsByTagName('*').length;
    if (numTags > reader._maxElemsToParse) throw new Error('Aborting parsing document; ' + numTags + ' elements found');
  }
  reader._unwrapNoscriptImages(reader._doc);
  const jsonLd = reader._disableJSONLD ? {} : reader._getJSONLD(reader._doc);
  reader._removeScripts(reader._doc);
  reader._prepDocument();
  const metadata = reader._getArticleMetadata(jsonLd);
  reader._metadata = metadata;
  reader._articleTitle = metadata.title!;
  yield PAUSE;

  const articleContent = yield* grabArticle(reader);
  if (!articleContent) return null;
  yield PAUSE;

  reader._postProcessContent(articleContent);
  if (!metadata.excerpt) {
    const paragraphs = articleContent.getElementsByTagName('p');
    if (paragraphs.length) metadata.excerpt = paragraphs[0]!.textContent!.trim();
  }
  // Read only when asked for: extractArticle never asks, and on a 20,000-word page the article's textContent
  // alone took about 10 ms. The text is parse()'s as long as the content element is left as it is.
  let textContent: string | undefined;
  const text = () => (textContent ??= articleContent.textContent ?? '');
  return {
    title: reader._articleTitle,
    byline: metadata.byline || reader._articleByline,
    dir: reader._articleDir,
    lang: reader._articleLang,
    content: reader._serializer(articleContent),
    get textContent() {
      return text();
    },
    get length() {
      return text().length;
    },
    excerpt: metadata.excerpt,
    siteName: metadata.siteName || reader._articleSiteName,
    publishedTime: metadata.publishedTime,
  };
}

/** _grabArticle(), for the whole page (parse() passes no page). */
function* grabArticle(r: Internals): Generator<unknown, El | null> {
  const doc = r._doc;
  const page = r._doc.body as El | null;
  if (!page) return null;

  const pageCacheHtml = page.innerHTML;
  yield PAUSE;

  for (;;) {
    const stripUnlikelyCandidates = r._flagIsActive(r.FLAG_STRIP_UNLIKELYS);

    // First, node prepping (Readability's comments are kept where they say why).
    const elementsToScore: El[] = [];
    let node: El | null = r._doc.documentElement;
    let shouldRemoveTitleHeader = true;
    let visited = 0;

    while (node) {
      if (++visited % NODES_PER_STEP === 0) yield;
      if (node.tagName === 'HTML') r._articleLang = node.getAttribute('lang');

      const matchString: string = node.className + ' ' + node.id;

      if (!r._isProbablyVisible(node)) {
        node = r._removeAndGetNext(node);
        continue;
      }

      // User is not able to see elements applied with both "aria-modal = true" and "role = dialog"
      if (node.getAttribute('aria-modal') == 'true' && node.getAttribute('role') == 'dialog') {
        node = r._removeAndGetNext(node);
        continue;
      }

      // If we don't have a byline yet check to see if this node is a byline; if it is store the byline and remove the node.
      if (!r._articleByline && !r._metadata.byline && r._isValidByline(node, matchString)) {
        // Find child node matching [itemprop="name"] and use that if it exists for a more accurate author name byline
        const endOfSearchMarkerNode = r._getNextNode(node, true);
        let next = r._getNextNode(node);
        let itemPropNameNode: El | null = null;
        while (next && next != endOfSearchMarkerNode) {
          const itemprop = next.getAttribute('itemprop');
          if (itemprop && itemprop.includes('name')) {
            itemPropNameNode = next;
            break;
          } else {
            next = r._getNextNode(next);
          }
        }
        r._articleByline = (itemPropNameNode ?? node).textContent!.trim();
        node = r._removeAndGetNext(node);
        continue;
      }

      if (shouldRemoveTitleHeader && r._headerDuplicatesTitle(node)) {
        shouldRemoveTitleHeader = false;
        node = r._removeAndGetNext(node);
        continue;
      }

      // Remove unlikely candidates
      if (stripUnlikelyCandidates) {
        if (
          r.REGEXPS.unlikelyCandidates!.test(matchString) &&
          !r.REGEXPS.okMaybeItsACandidate!.test(matchString) &&
          !r._hasAncestorTag(node, 'table') &&
          !r._hasAncestorTag(node, 'code') &&
          node.tagName !== 'BODY' &&
          node.tagName !== 'A'
        ) {
          node = r._removeAndGetNext(node);
          continue;
        }

        if (r.UNLIKELY_ROLES.includes(node.getAttribute('role')!)) {
          node = r._removeAndGetNext(node);
          continue;
        }
      }

      // Remove DIV, SECTION, and HEADER nodes without any content(e.g. text, image, video, or iframe).
      if (
        (node.tagName === 'DIV' ||
          node.tagName === 'SECTION' ||
          node.tagName === 'HEADER' ||
          node.tagName === 'H1' ||
          node.tagName === 'H2' ||
          node.tagName === 'H3' ||
          node.tagName === 'H4' ||
          node.tagName === 'H5' ||
          node.tagName === 'H6') &&
        r._isElementWithoutContent(node)
      ) {
        node = r._removeAndGetNext(node);
        continue;
      }

      if (r.DEFAULT_TAGS_TO_SCORE.includes(node.tagName)) elementsToScore.push(node);

      // Turn all divs that don't have children block level elements into p's
      if (node.tagName === 'DIV') {
        // Put phrasing content into paragraphs.
        let p: El | null = null;
        let childNode = node.firstChild;
        while (childNode) {
          const nextSibling: ChildNode | null = childNode.nextSibling;
          if (r._isPhrasingContent(childNode)) {
            if (p !== null) {
              p.appendChild(childNode);
            } else if (!r._isWhitespace(childNode)) {
              p = doc.createElement('p');
              node.replaceChild(p, childNode);
              p.appendChild(childNode);
            }
          } else if (p !== null) {
            while (p.lastChild && r._isWhitespace(p.lastChild)) p.lastChild.remove();
            p = null;
          }
          childNode = nextSibling;
        }

        // DIVs with only a P element inside and no text content can be safely converted into plain P elements.
        if (r._hasSingleTagInsideElement(node, 'P') && r._getLinkDensity(node) < 0.25) {
          const newNode = node.children[0] as El;
          node.parentNode!.replaceChild(newNode, node);
          node = newNode;
          elementsToScore.push(node);
        } else if (!r._hasChildBlockElement(node)) {
          node = r._setNodeTag(node, 'P');
          elementsToScore.push(node);
        }
      }
      node = r._getNextNode(node);
    }
    yield PAUSE;

    // Loop through all paragraphs, and assign a score to them based on how content-y they look.
    // Then add their score to their parent node.
    const candidates: El[] = [];
    for (let i = 0; i < elementsToScore.length; i++) {
      if (i % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
      const elementToScore = elementsToScore[i]!;
      if (!elementToScore.parentNode || typeof (elementToScore.parentNode as Element).tagName === 'undefined') continue;

      // If this paragraph is less than 25 characters, don't even count it.
      const innerText = r._getInnerText(elementToScore);
      if (innerText.length < 25) continue;

      // Exclude nodes with no ancestor.
      const ancestors = r._getNodeAncestors(elementToScore, 5);
      if (ancestors.length === 0) continue;

      let contentScore = 0;
      // Add a point for the paragraph itself as a base.
      contentScore += 1;
      // Add points for any commas within this paragraph.
      contentScore += innerText.split(r.REGEXPS.commas!).length;
      // For every 100 characters in this paragraph, add another point. Up to 3 points.
      contentScore += Math.min(Math.floor(innerText.length / 100), 3);

      // Initialize and score ancestors.
      ancestors.forEach((ancestor, level) => {
        if (!ancestor.tagName || !ancestor.parentNode || typeof (ancestor.parentNode as Element).tagName === 'undefined') return;
        if (typeof ancestor.readability === 'undefined') {
          r._initializeNode(ancestor);
          candidates.push(ancestor);
        }
        // Node score divider: parent 1, grandparent 2, great grandparent+ ancestor level * 3
        const scoreDivider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        ancestor.readability!.contentScore += contentScore / scoreDivider;
      });
    }
    yield PAUSE;

    // After we've calculated scores, loop through all of the possible candidate nodes we found and find the
    // one with the highest score.
    const topCandidates: El[] = [];
    for (let c = 0, cl = candidates.length; c < cl; c += 1) {
      if (c % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
      const candidate = candidates[c]!;
      // Scale the final candidates score based on link density.
      const candidateScore = candidate.readability!.contentScore * (1 - r._getLinkDensity(candidate));
      candidate.readability!.contentScore = candidateScore;

      for (let t = 0; t < r._nbTopCandidates; t++) {
        const aTopCandidate = topCandidates[t];
        if (!aTopCandidate || candidateScore > aTopCandidate.readability!.contentScore) {
          topCandidates.splice(t, 0, candidate);
          if (topCandidates.length > r._nbTopCandidates) topCandidates.pop();
          break;
        }
      }
    }
    yield PAUSE;

    let topCandidate: El | null = topCandidates[0] || null;
    let neededToCreateTopCandidate = false;
    let parentOfTopCandidate: El;

    // If we still have no top candidate, just use the body as a last resort.
    if (topCandidate === null || topCandidate.tagName === 'BODY') {
      // Move all of the page's children into topCandidate
      topCandidate = doc.createElement('DIV');
      neededToCreateTopCandidate = true;
      // Move everything (not just elements, also text nodes etc.) into the container
      while (page.firstChild) topCandidate.appendChild(page.firstChild);
      page.appendChild(topCandidate);
      r._initializeNode(topCandidate);
    } else if (topCandidate) {
      // Find a better top candidate node if it contains (at least three) nodes which belong to `topCandidates`
      // array and whose scores are quite closed with current `topCandidate` node.
      const alternativeCandidateAncestors: El[][] = [];
      for (let i = 1; i < topCandidates.length; i++) {
        if (topCandidates[i]!.readability!.contentScore / topCandidate.readability!.contentScore >= 0.75) {
          alternativeCandidateAncestors.push(r._getNodeAncestors(topCandidates[i]!));
        }
      }
      const MINIMUM_TOPCANDIDATES = 3;
      if (alternativeCandidateAncestors.length >= MINIMUM_TOPCANDIDATES) {
        parentOfTopCandidate = topCandidate.parentNode as El;
        while (parentOfTopCandidate.tagName !== 'BODY') {
          let listsContainingThisAncestor = 0;
          for (
            let ancestorIndex = 0;
            ancestorIndex < alternativeCandidateAncestors.length && listsContainingThisAncestor < MINIMUM_TOPCANDIDATES;
            ancestorIndex++
          ) {
            listsContainingThisAncestor += Number(alternativeCandidateAncestors[ancestorIndex]!.includes(parentOfTopCandidate));
          }
          if (listsContainingThisAncestor >= MINIMUM_TOPCANDIDATES) {
            topCandidate = parentOfTopCandidate;
            break;
          }
          parentOfTopCandidate = parentOfTopCandidate.parentNode as El;
        }
      }
      if (!topCandidate.readability) r._initializeNode(topCandidate);

      // Parents of candidates might have scores themselves: if the score goes *up* in the first few steps up
      // the tree, there might be more content lurking in other places that we want to unify in.
      parentOfTopCandidate = topCandidate.parentNode as El;
      let lastScore = topCandidate.readability!.contentScore;
      // The scores shouldn't get too low.
      const scoreThreshold = lastScore / 3;
      while (parentOfTopCandidate.tagName !== 'BODY') {
        if (!parentOfTopCandidate.readability) {
          parentOfTopCandidate = parentOfTopCandidate.parentNode as El;
          continue;
        }
        const parentScore = parentOfTopCandidate.readability.contentScore;
        if (parentScore < scoreThreshold) break;
        if (parentScore > lastScore) {
          // Alright! We found a better parent to use.
          topCandidate = parentOfTopCandidate;
          break;
        }
        lastScore = parentOfTopCandidate.readability.contentScore;
        parentOfTopCandidate = parentOfTopCandidate.parentNode as El;
      }

      // If the top candidate is the only child, use parent instead.
      parentOfTopCandidate = topCandidate.parentNode as El;
      while (parentOfTopCandidate.tagName != 'BODY' && parentOfTopCandidate.children.length == 1) {
        topCandidate = parentOfTopCandidate;
        parentOfTopCandidate = topCandidate.parentNode as El;
      }
      if (!topCandidate.readability) r._initializeNode(topCandidate);
    }

    // Now that we have the top candidate, look through its siblings for content that might also be related.
    let articleContent = doc.createElement('DIV') as El;
    // parse() calls _grabArticle() without a page, which _grabArticle takes for paging (undefined !== null)
    articleContent.id = 'readability-content';
    const siblingScoreThreshold = Math.max(10, topCandidate.readability!.contentScore * 0.2);
    // Keep potential top candidate's parent node to try to get text direction of it later.
    parentOfTopCandidate = topCandidate.parentNode as El;
    let siblings = parentOfTopCandidate.children;

    for (let s = 0, sl = siblings.length; s < sl; s++) {
      if (s % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
      let sibling = siblings[s] as El;
      let append = false;

      if (sibling === topCandidate) {
        append = true;
      } else {
        let contentBonus = 0;
        // Give a bonus if sibling nodes and top candidates have the example same classname
        if (sibling.className === topCandidate.className && topCandidate.className !== '') {
          contentBonus += topCandidate.readability!.contentScore * 0.2;
        }
        if (sibling.readability && sibling.readability.contentScore + contentBonus >= siblingScoreThreshold) {
          append = true;
        } else if (sibling.nodeName === 'P') {
          const linkDensity = r._getLinkDensity(sibling);
          const nodeContent = r._getInnerText(sibling);
          const nodeLength = nodeContent.length;
          if (nodeLength > 80 && linkDensity < 0.25) {
            append = true;
          } else if (nodeLength < 80 && nodeLength > 0 && linkDensity === 0 && nodeContent.search(/\.( |$)/) !== -1) {
            append = true;
          }
        }
      }

      if (append) {
        if (!r.ALTER_TO_DIV_EXCEPTIONS.includes(sibling.nodeName)) {
          // A node that isn't a common block level element: turn it into a div so it isn't filtered out later.
          sibling = r._setNodeTag(sibling, 'DIV');
        }
        articleContent.appendChild(sibling);
        // Fetch children again (DOM parsers without live collections); the appended sibling left the list, so
        // the same index is visited again.
        siblings = parentOfTopCandidate.children;
        s -= 1;
        sl -= 1;
      }
    }
    yield PAUSE;

    // So we have all of the content that we need. Now we clean it up for presentation.
    r._prepArticle(articleContent);
    yield PAUSE;

    if (neededToCreateTopCandidate) {
      // No siblings were left for the previous loop: just assign IDs and class names here.
      topCandidate.id = 'readability-page-1';
      topCandidate.className = 'page';
    } else {
      const div = doc.createElement('DIV');
      div.id = 'readability-page-1';
      div.className = 'page';
      while (articleContent.firstChild) div.appendChild(articleContent.firstChild);
      articleContent.appendChild(div);
    }

    let parseSuccessful = true;

    // If we didn't get any meaningful content, re-run with different flags set.
    const textLength = r._getInnerText(articleContent, true).length;
    if (textLength < r._charThreshold) {
      parseSuccessful = false;
      page.innerHTML = pageCacheHtml;
      r._attempts.push({ articleContent, textLength });

      if (r._flagIsActive(r.FLAG_STRIP_UNLIKELYS)) {
        r._removeFlag(r.FLAG_STRIP_UNLIKELYS);
      } else if (r._flagIsActive(r.FLAG_WEIGHT_CLASSES)) {
        r._removeFlag(r.FLAG_WEIGHT_CLASSES);
      } else if (r._flagIsActive(r.FLAG_CLEAN_CONDITIONALLY)) {
        r._removeFlag(r.FLAG_CLEAN_CONDITIONALLY);
      } else {
        // No luck after removing flags, just return the longest text we found during the different loops
        r._attempts.sort((a, b) => b.textLength - a.textLength);
        // But first check if we actually have something
        if (!r._attempts[0]!.textLength) return null;
        articleContent = r._attempts[0]!.articleContent;
        parseSuccessful = true;
      }
    }

    if (parseSuccessful) {
      // Find out text direction from ancestors of final top candidate.
      const ancestors = [parentOfTopCandidate, topCandidate].concat(r._getNodeAncestors(parentOfTopCandidate));
      ancestors.some((ancestor) => {
        if (!ancestor.tagName) return false;
        const articleDir = ancestor.getAttribute('dir');
        if (articleDir) {
          r._articleDir = articleDir;
          return true;
        }
        return false;
      });
      return articleContent;
    }
    yield PAUSE;
  }
}
