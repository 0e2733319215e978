/**
 * Reads a Chromium NetLog (written with --log-net-log=FILE) and lists the requests the browser started, each
 * with its initiator: the origin that asked for it (`chrome-extension://<id>` for the extension's own, the
 * page's origin for a page's), or "not an origin" for navigations and the browser's own traffic. The log gets
 * its closing brackets only when the browser exits cleanly, so a log cut short is closed before parsing.
 */
import { readFileSync } from 'node:fs';

interface NetLogEvent {
  type: number;
  source?: { id?: number };
  params?: { url?: string; initiator?: string; traffic_annotation?: number };
}

export interface NetRequest {
  url: string;
  initiator: string;
  /** Chromium's traffic annotation id: which part of the browser made the request */
  trafficAnnotation?: number;
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
  // The annotation is on the request's REQUEST_ALIVE event; its START_JOB event shares the source id.
  const annotations = new Map<number, number>();
  for (const e of log.events ?? []) {
    if (e.params?.traffic_annotation !== undefined && e.source?.id !== undefined) annotations.set(e.source.id, e.params.traffic_annotation);
  }
  return (log.events ?? [])
    .filter((e) => e.type === startJob && e.params?.url)
    .map((e) => {
      const annotation = e.source?.id === undefined ? undefined : annotations.get(e.source.id);
      return {
        url: e.params!.url!,
        initiator: e.params!.initiator ?? 'not an origin',
        ...(annotation === undefined ? {} : { trafficAnnotation: annotation }),
      };
    });
}

/**
 * Chromium's own background services, which run in any profile whatever the extension does: the network time
 * query, the component updater and the Google account cookie check. Recognised by their traffic annotation, the
 * Google address they call and having no page or extension as initiator; nothing an extension or a page does
 * carries these annotations.
 */
const BROWSER_SERVICES: Record<number, RegExp> = {
  46188932: /^https?:\/\/clients2\.google\.com\/time\//, // network time
  54845618: /^https?:\/\/update\.googleapis\.com\/service\/update2\//, // component updater
  35565745: /^https:\/\/accounts\.google\.com\/ListAccounts\?/, // account cookie check
};

export function isBrowserServiceRequest(request: NetRequest): boolean {
  const address = request.trafficAnnotation === undefined ? undefined : BROWSER_SERVICES[request.trafficAnnotation];
  return !!address && address.test(request.url) && request.initiator === 'not an origin';
}
