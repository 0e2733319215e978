// @vitest-environment happy-dom
/**
 * The options page's Errors section: the log newest first with each stack, a Copy button that copies it all
 * as text, Clear, and a plain "No errors recorded." when it is empty. The log changes while the page is open.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorLogPanel } from '../../components/options/ErrorLogPanel';
import type { ErrorLogClient } from '../../components/options/errorLogClient';
import { errorLogText, type ErrorEntry } from '../../storage/errorLog';

const first: ErrorEntry = { time: '2024-05-01T10:00:00.000Z', place: 'analyzer: analyse the page', message: 'x is not a function', stack: 'TypeError: x is not a function\n    at run' };
const second: ErrorEntry = { time: '2024-05-01T10:05:00.000Z', place: 'background: navigated', message: 'badge broke' };

function memoryClient(initial: ErrorEntry[]) {
  let log = initial;
  const watchers = new Set<(log: ErrorEntry[]) => void>();
  const copied: string[] = [];
  const client: ErrorLogClient = {
    read: async () => log,
    watch: (changed) => {
      watchers.add(changed);
      return () => watchers.delete(changed);
    },
    clear: async () => {
      log = [];
    },
    copy: async (text) => void copied.push(text),
  };
  const record = (entry: ErrorEntry) => {
    log = [...log, entry];
    for (const w of watchers) w(log);
  };
  return { client, copied, record };
}

afterEach(cleanup);

describe('ErrorLogPanel', () => {
  it('says so when nothing was recorded, and shows an entry as it is recorded', async () => {
    const { client, record } = memoryClient([]);
    render(<ErrorLogPanel client={client} />);
    await screen.findByText('No errors recorded.');
    expect((screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(true);
    record(second);
    const list = await screen.findByRole('list', { name: 'Errors' });
    expect(list.textContent).toContain('background: navigated: badge broke');
  });

  it('lists the newest first, and copies the whole log as text', async () => {
    const { client, copied } = memoryClient([first, second]);
    render(<ErrorLogPanel client={client} />);
    const items = (await screen.findByRole('list', { name: 'Errors' })).querySelectorAll('li');
    expect([...items].map((li) => li.querySelector('strong')!.textContent)).toEqual(['background: navigated', 'analyzer: analyse the page']);
    expect(items[1]!.querySelector('pre')!.textContent).toBe(first.stack);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied 2 errors.');
    expect(copied).toEqual([errorLogText([first, second])]);
  });

  it('clears the log', async () => {
    const { client } = memoryClient([first]);
    render(<ErrorLogPanel client={client} />);
    await screen.findByRole('list', { name: 'Errors' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(screen.getByText('No errors recorded.')).toBeTruthy());
    expect(await client.read()).toEqual([]);
  });
});
