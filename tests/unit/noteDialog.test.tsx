// @vitest-environment happy-dom
/**
 * The note panel a saved selection opens in the page: the note and tags the reader types reach onDone, Ctrl+Enter
 * (passed in through `keys`) saves as Done does, and a save that fails says why and keeps the panel open.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteDialog, type NoteDialogProps } from '../../components/NoteDialog';

afterEach(cleanup);

function dialog(overrides: Partial<NoteDialogProps> = {}) {
  const props: NoteDialogProps = {
    heading: 'Saved to Crosscheck',
    quote: 'There should be no place for terrorists to hide.',
    note: 'Rudd on the Marr Show',
    removeLabel: 'Remove',
    onDone: vi.fn(async () => {}),
    onRemove: vi.fn(async () => {}),
    onClose: vi.fn(),
    keys: {},
    ...overrides,
  };
  render(<NoteDialog {...props} />);
  return props;
}

describe('NoteDialog', () => {
  it('saves the note and tags as typed, then closes', async () => {
    const props = dialog();
    expect(screen.getByRole('dialog', { name: 'Crosscheck: add a note' }).textContent).toContain('There should be no place for terrorists to hide.');
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    expect(note.value).toBe('Rudd on the Marr Show');
    // focused as it appears, not a frame later: keys typed at once must land in the note
    expect(document.activeElement).toBe(note);
    note.value += ' (BBC One)';
    (screen.getByLabelText('Tags, separated by commas') as HTMLInputElement).value = 'encryption, rudd';
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(props.onClose).toHaveBeenCalled());
    expect(props.onDone).toHaveBeenCalledWith('Rudd on the Marr Show (BBC One)', 'encryption, rudd');
  });

  it('saves on Ctrl+Enter through its host, and says why a save failed without closing', async () => {
    const props = dialog({ onDone: vi.fn(async () => Promise.reject(new Error('the disk is full'))) });
    props.keys.finish!();
    expect(await screen.findByText('Could not save: the disk is full')).toBeTruthy();
    expect(props.onClose).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Done' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('removes the annotation with its own button', async () => {
    const props = dialog({ removeLabel: 'Delete' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(props.onClose).toHaveBeenCalled());
    expect(props.onRemove).toHaveBeenCalled();
  });
});
