/**
 * Reads a Chromium NetLog (written with --log-net-log=FILE) and lists the requests the browser started, each
 * with its initiator: the origin that asked for it (`chrome-extension://<id>` for the extension's own, the
 * page's origin for a page's), or "not an origin" for navigations and the browser's own traffic. The log gets
 * its closing brackets only when the browser exits cleanly, so a log cut short is closed before parsing.
 */
import { readFileSync } from 'node:fs';

interface NetLogEvent {
  type: number;
  params?: { url?: string; initiator?: string };
}

export interface NetRequest {
  url: string;
  initiator: string;
}

export function requestsInNetLog(path: string): NetRequest[] {
  const raw = readFileSync(path, 'utf8').trim();
  let log: { constants?: { logEventTypes?: Record<string, number> }; events?: NetLogEvent[] };
  try {
    log = JSON.parse(raw) as typeof log;
  } catch {
    log = JSON.parse(`${raw.replace(/,\s*$/, '')}]}`) as typeof log;
  }
  const startJob = log.constants?.logEventTypes?.URL_REQUEST_START_JOB;
  if (startJob === undefined) throw new Error(`${path} is not a Chromium NetLog`);
  return (log.events ?? [])
    .filter((e) => e.type === startJob && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? 'not an origin' }));
}
