import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { FileInput } from './FileInput';

const pdf = (name = 'tiliote.pdf', size = 120_000) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });
const jpg = (name = 'kuva.jpg', size = 2_000) => new File([new Uint8Array(size)], name, { type: 'image/jpeg' });
const picker = (container: HTMLElement) => container.querySelector<HTMLInputElement>('input[type="file"]')!;
const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!;

describe('FileInput', () => {
  beforeEach(() => resetDevMessages());

  it('names the choose button with the label and the button text, and opens the picker from it', async () => {
    const user = userEvent.setup();
    const { container } = render(<FileInput label="Attachments" hint="PDF, at most 5 MB" multiple />);
    const button = screen.getByRole('button', { name: 'Attachments Choose files' });
    expect(button).toHaveAccessibleDescription('PDF, at most 5 MB');
    const click = vi.spyOn(picker(container), 'click');
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(click).toHaveBeenCalledTimes(1);
    expect(picker(container)).toHaveAttribute('tabindex', '-1');
  });

  it('lists chosen files with their sizes and announces them; each has a named remove button', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<FileInput label="Attachments" multiple onChange={onChange} />);
    await user.upload(picker(container), [pdf(), jpg()]);
    const list = screen.getByRole('list', { name: 'Chosen files' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('120 kB')).toBeInTheDocument();
    expect(live(container)).toHaveTextContent('2 files added');
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ name: 'tiliote.pdf' }), expect.objectContaining({ name: 'kuva.jpg' })]);
    await user.click(screen.getByRole('button', { name: 'Remove tiliote.pdf' }));
    expect(screen.queryByText('tiliote.pdf')).not.toBeInTheDocument();
    expect(live(container)).toHaveTextContent('tiliote.pdf removed');
    // focus moves to the next remove button, then back to the choose button when the list is empty
    expect(screen.getByRole('button', { name: 'Remove kuva.jpg' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: /Choose files/ })).toHaveFocus();
  });

  it('rejects wrong types, oversized files and files over the count, naming each file', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const onReject = vi.fn();
    const { container } = render(
      <FileInput label="Receipts" multiple accept=".pdf,image/*" maxSize={1_000_000} maxFiles={2} onReject={onReject} />,
    );
    const heic = new File(['x'], 'kuitti.heic', { type: 'application/octet-stream' });
    await user.upload(picker(container), [pdf('a.pdf'), heic, pdf('iso.pdf', 3_500_000), jpg('b.jpg'), jpg('c.jpg')]);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('a.pdf'),
      expect.stringContaining('b.jpg'),
    ]);
    const button = screen.getByRole('button', { name: /Choose files/ });
    expect(button).toHaveAccessibleDescription(
      'Error: kuitti.heic is not an allowed file type. Allowed: PDF, IMAGE/*. iso.pdf is too large (3.5 MB). The largest allowed size is 1 MB. c.jpg was not added: you can add at most 2 files.',
    );
    expect(onReject.mock.calls[0]![0].map((r: { reason: string }) => r.reason)).toEqual(['type', 'size', 'count']);
    expect(live(container)).toHaveTextContent('2 files added kuitti.heic is not an allowed file type');
  });

  it('accepts dropped files and shows the drag state', () => {
    render(<FileInput label="Attachments" multiple />);
    const zone = screen.getByRole('button', { name: /Choose files/ }).parentElement!;
    fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
    expect(zone).toHaveAttribute('data-dragging');
    fireEvent.drop(zone, { dataTransfer: { files: [pdf('pudotettu.pdf')] } });
    expect(zone).not.toHaveAttribute('data-dragging');
    expect(screen.getByText('pudotettu.pdf')).toBeInTheDocument();
  });

  it('without multiple, a new file replaces the chosen one', async () => {
    const user = userEvent.setup();
    const { container } = render(<FileInput label="CV" />);
    expect(screen.getByRole('button', { name: 'CV Choose file' })).toBeInTheDocument();
    await user.upload(picker(container), pdf('old.pdf'));
    await user.upload(picker(container), pdf('new.pdf'));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('new.pdf')).toBeInTheDocument();
  });

  it('never loses a chosen file when its parent re-renders', async () => {
    const user = userEvent.setup();
    function Parent() {
      const [count, setCount] = useState(0);
      return (
        <>
          <FileInput label="Attachment" hint={`Rendered ${count} times`} />
          <button type="button" onClick={() => setCount(count + 1)}>
            Re-render
          </button>
        </>
      );
    }
    const { container } = render(<Parent />);
    await user.upload(picker(container), pdf('keep.pdf'));
    await user.click(screen.getByRole('button', { name: 'Re-render' }));
    await user.click(screen.getByRole('button', { name: 'Re-render' }));
    expect(screen.getByText('Rendered 2 times')).toBeInTheDocument();
    expect(screen.getByText('keep.pdf')).toBeInTheDocument();
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [files, setFiles] = useState<File[]>([pdf('first.pdf')]);
      return (
        <>
          <FileInput label="Files" multiple value={files} onChange={setFiles} />
          <output>{files.length}</output>
        </>
      );
    }
    const { container } = render(<Controlled />);
    await user.upload(picker(container), jpg());
    expect(screen.getByRole('status')).toHaveTextContent('2');
  });

  it('speaks Finnish and Swedish, naming the file in errors', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { container, rerender } = render(
      <PolkuProvider locale="fi">
        <FileInput label="Liitteet" accept=".pdf" multiple />
      </PolkuProvider>,
    );
    await user.upload(picker(container), jpg('lasku.jpg'));
    expect(screen.getByRole('button', { name: 'Liitteet Valitse tiedostot' })).toHaveAccessibleDescription(
      'Virhe: lasku.jpg ei ole sallittua tiedostotyyppiä. Sallitut: PDF.',
    );
    expect(screen.getByText('tai vedä tiedostot tähän')).toBeInTheDocument();
    rerender(
      <PolkuProvider locale="sv">
        <FileInput key="sv" label="Bilagor" />
      </PolkuProvider>,
    );
    expect(screen.getByRole('button', { name: 'Bilagor Välj fil' })).toBeInTheDocument();
  });

  it('forwards the ref to the choose button and className to the wrapper', () => {
    const ref = createRef<HTMLButtonElement>();
    const { container } = render(<FileInput ref={ref} label="File" className="mine" data-testid="f" />);
    expect(ref.current).toBe(screen.getByRole('button', { name: /Choose file/ }));
    expect(container.firstElementChild).toHaveClass('mine');
    expect(container.firstElementChild).toHaveAttribute('data-testid', 'f');
  });

  it('warns in development on a bad maxFiles or maxSize and a missing label', () => {
    const console = captureConsole();
    try {
      render(<FileInput label="X" maxFiles={0} maxSize={-5} />);
      expect(console.warnings().join('\n')).toMatch(/FileInput: `maxFiles` must be 1 or more \(got 0\)/);
      expect(console.warnings().join('\n')).toMatch(/FileInput: `maxSize` must be a positive number of bytes \(got -5\)/);
      // @ts-expect-error: label is required
      render(<FileInput />);
      expect(console.errors().join('\n')).toMatch(/FileInput: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in any state', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { container } = render(
      <div>
        <FileInput label="Empty" hint="PDF" required />
        <FileInput label="With files" multiple defaultValue={[pdf(), jpg()]} />
        <FileInput label="Rejected" accept=".pdf" />
        <FileInput label="Disabled" disabled defaultValue={[pdf()]} />
      </div>,
    );
    await user.upload(container.querySelectorAll<HTMLInputElement>('input[type="file"]')[2]!, jpg());
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with its styles', async () => {
    const { html, css } = await expectAccessibleServerRender(<FileInput label="Attachments" multiple hint="PDF" />);
    expect(html).toContain('Choose files');
    expect(css).toContain('dashed');
  });
});
