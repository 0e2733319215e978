/**
 * Reads a Chromium NetLog (written with --log-net-log=FILE) and lists the URLs the browser requested. The log
 * is a JSON object whose `events` array gets its closing brackets only when the browser exits cleanly, so a
 * log cut short is closed before parsing.
 */
import { readFileSync } from 'node:fs';

interface NetLogEvent {
  source?: { id?: number };
  params?: { url?: string; initiator?: string; traffic_annotation?: number; is_preconnect?: boolean };
}

export interface NetRequest {
  url: string;
  initiator?: string;
  /** Chromium's traffic annotation id: which part of the browser made the request */
  trafficAnnotation?: number;
  /** only a connection opened ahead of a request (a preconnect), no request sent */
  preconnectOnly?: boolean;
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
    if (!url) continue;
    const { initiator, traffic_annotation: annotation, is_preconnect: preconnect } = event.params ?? {};
    const request = seen.get(url) ?? { url, ...(preconnect ? { preconnectOnly: true } : {}) };
    seen.set(url, request);
    if (!preconnect) delete request.preconnectOnly;
    if (initiator && !request.initiator) request.initiator = initiator;
    if (annotation !== undefined && request.trafficAnnotation === undefined) request.trafficAnnotation = annotation;
  }
  return [...seen.values()];
}

/**
 * Chromium's own background services, which run in any profile whatever the extension does: the network time
 * query, the component updater and the Google account cookie check. Recognised by their traffic annotation, the
 * Google host they call and having no page or extension as initiator; nothing an extension or page does carries
 * these annotations.
 */
const BROWSER_SERVICES: Record<number, RegExp> = {
  46188932: /^https?:\/\/clients2\.google\.com\/time\//, // network time
  54845618: /^https?:\/\/update\.googleapis\.com\/service\/update2\//, // component updater
  35565745: /^https:\/\/accounts\.google\.com\/ListAccounts\?/, // account cookie check
};

export function isBrowserServiceRequest(request: NetRequest): boolean {
  const host = request.trafficAnnotation === undefined ? undefined : BROWSER_SERVICES[request.trafficAnnotation];
  return !!host && host.test(request.url) && (!request.initiator || request.initiator === 'not an origin');
}
