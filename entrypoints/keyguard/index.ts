/**
 * Runs at document_start in every frame, before any page script, so that it is the first listener on the
 * window: see keyGuard.ts. It adds nothing to the page and sends nothing.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { guardKeys } from './keyGuard';

export default defineUnlistedScript(() => guardKeys(window));
