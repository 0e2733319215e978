// Unit tests run IndexedDB through fake-indexeddb; the browser tests use Chromium's real one.
import 'fake-indexeddb/auto';
