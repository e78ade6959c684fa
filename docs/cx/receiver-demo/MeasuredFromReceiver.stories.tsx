import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import exportText from './receiver-export.ndjson?raw';
import { MeasuredFromReceiver } from './MeasuredFromReceiver';

const meta = {
  title: 'CX/Measured from the receiver',
  component: MeasuredFromReceiver,
  args: { exportText },
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof MeasuredFromReceiver>;

export default meta;
type Story = StoryObj<typeof meta>;

/** NpsSummary, JourneyMap and every measure per touchpoint, computed from the committed receiver export. */
export const FromTheExport: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('export-summary')).toHaveTextContent(/The export holds 769 answers/);
    await expect(canvas.getByRole('region', { name: /NPS after the first bill/ })).toBeInTheDocument();
    await expect(canvas.getByRole('img', { name: /Emotion curve/ })).toBeInTheDocument();
    await expect(canvas.getByRole('table', { name: /Every measure per touchpoint/ })).toBeInTheDocument();
  },
};
