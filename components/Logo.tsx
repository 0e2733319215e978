/** Crosscheck's mark: a tick over two crossing lines, in the accent colour. Decorative, hidden from screen readers. */
export function Logo({ size = 18 }: { size?: number }) {
  return (
    <svg class="cc-logo" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect width="24" height="24" rx="6" fill="var(--cc-accent)" />
      <path d="M6.5 12.5l3.6 3.6L17.5 8" fill="none" stroke="var(--cc-accent-text)" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
