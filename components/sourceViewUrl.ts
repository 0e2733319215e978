/** The extension page that shows a whole source with passages highlighted: `source.html?source=ID&passage=ID`. */
export function sourceViewPath(sourceId: string, passageIds: readonly string[] = []): string {
  const params = new URLSearchParams({ source: sourceId });
  for (const id of passageIds) params.append('passage', id);
  return `/source.html?${params}`;
}

export function readSourceViewParams(search: string): { sourceId: string | null; passageIds: string[] } {
  const params = new URLSearchParams(search);
  return { sourceId: params.get('source'), passageIds: params.getAll('passage') };
}
