/** The pause switches: this site, or every site. */
import type { PauseState } from './popupApi';

export function PauseSwitches({ site, onChange }: { site: PauseState; onChange(scope: 'everywhere' | 'here', paused: boolean): void }) {
  return (
    <fieldset class="pp-pause">
      <legend class="cc-visually-hidden">Pause Crosscheck</legend>
      {site.site ? (
        <label class="pp-switch">
          <input type="checkbox" role="switch" checked={site.pausedHere} onChange={(e) => onChange('here', (e.target as HTMLInputElement).checked)} />
          <span>
            Pause on <span class="pp-host">{site.site}</span>
          </span>
        </label>
      ) : null}
      <label class="pp-switch">
        <input type="checkbox" role="switch" checked={site.pausedEverywhere} onChange={(e) => onChange('everywhere', (e.target as HTMLInputElement).checked)} />
        <span>Pause everywhere</span>
      </label>
    </fieldset>
  );
}
