/**
 * Reads a Chromium NetLog (written with --log-net-log=FILE) and lists the URLs the browser requested. The log
 * is a JSON object whose `events` array gets its closing brackets only when the browser exits cleanly, so a
 * log cut short is closed before parsing.
 */
import { readFileSync } from 'node:fs';

interface NetLogEvent {
  params?: { url?: string; initiator?: string };
}

export interface NetRequest {
  url: string;
  initiator?: string;
}

export function requestsInNetLog(path: string): NetRequest[] {
  const raw = readFileSync(path, 'utf8').trim();
  let log: { events?: NetLogEvent[] };
  try {
    log = JSON.parse(raw) as typeof log;
  } catch {
    log = JSON.parse(`${raw.replace(/,\s*$/, '')}]}`) as typeof log;
  }
  const seen = new Map<string, NetRequest>();
  for (const event of log.events ?? []) {
    const url = event.params?.url;
    if (!url || seen.has(url)) continue;
    seen.set(url, { url, ...(event.params?.initiator ? { initiator: event.params.initiator } : {}) });
  }
  return [...seen.values()];
}
