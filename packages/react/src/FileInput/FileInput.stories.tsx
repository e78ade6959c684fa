import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { FileInput } from './FileInput';

const file = (name: string, size: number, type: string) => new File([new Uint8Array(size)], name, { type });
const statement = () => file('tiliote-2026-11.pdf', 182_000, 'application/pdf');
const photo = () => file('vahinkokuva.jpg', 2_400_000, 'image/jpeg');

const meta = {
  title: 'Components/FileInput',
  component: FileInput,
  args: {
    label: 'Attachments',
    hint: 'PDF or image, at most 5 MB each, up to 3 files',
    accept: '.pdf,image/*',
    maxSize: 5_000_000,
    maxFiles: 3,
    multiple: true,
    onChange: fn(),
  },
} satisfies Meta<typeof FileInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Attachments Choose files' })).toHaveFocus();
    await userEvent.upload(canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!, statement());
    await expect(canvas.getByRole('list', { name: 'Chosen files' })).toHaveTextContent('tiliote-2026-11.pdf');
    await expect(args.onChange).toHaveBeenCalled();
  },
};

export const WithFiles: Story = {
  args: { defaultValue: [statement(), photo()] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Remove tiliote-2026-11.pdf' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByText('tiliote-2026-11.pdf')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Remove vahinkokuva.jpg' })).toHaveFocus();
  },
};

export const Rejected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!;
    await userEvent.upload(input, [file('kuitti.heic', 900, 'image/heic-sequence-x'), file('video.mov', 40_000_000, 'video/quicktime')], {
      applyAccept: false,
    });
    await expect(canvas.getByRole('button', { name: /Choose files/ })).toHaveAccessibleDescription(
      expect.stringContaining('video.mov is not an allowed file type'),
    );
  },
};

export const TooLarge: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!, file('skannaus.pdf', 12_300_000, 'application/pdf'));
    await expect(canvas.getByRole('button', { name: /Choose files/ })).toHaveAccessibleDescription(
      expect.stringContaining('skannaus.pdf is too large (12.3 MB). The largest allowed size is 5 MB.'),
    );
  },
};

/** A real DataTransfer dragged over and dropped on the field, as the browser delivers a drag from the desktop. */
export const DragAndDrop: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const zone = canvas.getByRole('button', { name: /Choose files/ }).parentElement!;
    const transfer = new DataTransfer();
    transfer.items.add(photo());
    const drag = (type: string) => zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    drag('dragover');
    await waitFor(() => expect(zone).toHaveAttribute('data-dragging'));
    drag('drop');
    await expect(await canvas.findByRole('list', { name: 'Chosen files' })).toHaveTextContent('vahinkokuva.jpg');
    await expect(zone).not.toHaveAttribute('data-dragging');
  },
};

export const SingleFile: Story = {
  args: { label: 'Your CV', hint: 'PDF, at most 2 MB', accept: '.pdf', maxSize: 2_000_000, multiple: false, maxFiles: undefined },
};
export const WithError: Story = { args: { required: true, error: 'Add at least one receipt' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: [statement()] } };
export const Finnish: Story = {
  args: { label: 'Liitteet', hint: 'PDF tai kuva, enintään 5 Mt, enintään 3 tiedostoa', defaultValue: [statement()] },
  globals: { locale: 'fi' },
};
export const Swedish: Story = {
  args: { label: 'Bilagor', hint: 'PDF eller bild, högst 5 MB, högst 3 filer', defaultValue: [photo()] },
  globals: { locale: 'sv' },
};
