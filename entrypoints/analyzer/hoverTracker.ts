/**
 * Highlights are not elements and get no pointer events, so hovering is found by hit-testing the pointer
 * against the painted ranges' line boxes, at most once per animation frame.
 */
export interface HoverHit {
  index: number;
  /** the line box under the pointer */
  line: DOMRect;
}

export function hitTest(ranges: Range[], x: number, y: number): HoverHit | null {
  for (let index = 0; index < ranges.length; index++) {
    for (const line of ranges[index]!.getClientRects()) {
      if (x >= line.left && x <= line.right && y >= line.top && y <= line.bottom) return { index, line };
    }
  }
  return null;
}

export function trackHover(
  doc: Document,
  ranges: () => Range[],
  onChange: (hit: HoverHit | null) => void,
  ignore: (target: EventTarget | null) => boolean,
): () => void {
  let frame = 0;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  let current: number | null = null;
  const check = () => {
    frame = 0;
    if (!last || ignore(last.target)) return;
    const hit = hitTest(ranges(), last.x, last.y);
    if ((hit?.index ?? null) === current) return;
    current = hit?.index ?? null;
    onChange(hit);
  };
  const onMove = (event: PointerEvent) => {
    last = { x: event.clientX, y: event.clientY, target: event.target };
    if (!frame) frame = requestAnimationFrame(check);
  };
  doc.addEventListener('pointermove', onMove, { passive: true });
  return () => {
    doc.removeEventListener('pointermove', onMove);
    cancelAnimationFrame(frame);
  };
}
