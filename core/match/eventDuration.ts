/**
 * Whether a duration a sentence states may be how long the event itself lasted ("the attack lasted 82 seconds",
 * "82 seconds of high and terrible drama"), or is plainly something else's: how long others took ("It took
 * paramedics 20 minutes"), how long something else lasted ("the lockdown lasted five hours"), or a time after the
 * event began ("within 10 minutes of the attack", "police arrived within two minutes").
 */
import { foldPunctuation } from '../text/normalize';

/** "took paramedics 20 minutes", "took police about 20 minutes": someone else's time */
const TOOK_OTHERS = /\b(?:took|taking|takes)\s+(?:the\s+)?(?:paramedics|police|officers|ambulances?|medics|firefighters|doctors|investigators|detectives|them|us|rescuers|emergency services)\s+(?:\w+\s+)?$/i;
/** what else a report says lasted or took a while */
const SOMETHING_ELSE = /\b(?:lockdown|locked down|paramedics|ambulances?|arrived|arrive|reach|reached|closed|silence|trial|inquest|hearing|journey|drive|sentence|evacuat\w*|cordon|search)\b/i;
const EVENT = /\b(?:attack|rampage|assault|onslaught|ordeal|atrocity|massacre|drama|spree|carnage|pedestrians|crowd)\b/i;

export function isEventDuration(sentence: string, durationText: string): boolean {
  const text = foldPunctuation(sentence);
  const at = text.indexOf(durationText);
  if (at < 0) return true;
  const before = text.slice(0, at);
  const after = text.slice(at + durationText.length);
  if (TOOK_OTHERS.test(before)) return false;
  // "within 10 minutes of the attack", "within two minutes of the attack starting"
  if (/\bwithin\s+(?:\w+\s+)?$/i.test(before) && /^\s+of\b/i.test(after)) return false;
  // the clause the duration stands in speaks of something else, and not of the event: "but the lockdown lasted five hours"
  const clause = `${before.split(/[,;:]|\bbut\b|\bwhile\b/).at(-1) ?? ''}${durationText}${after.split(/[,;:.]|\bbut\b|\bwhile\b/)[0] ?? ''}`;
  return !(SOMETHING_ELSE.test(clause) && !EVENT.test(clause));
}
