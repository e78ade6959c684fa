import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { homeLoanJourney } from './journey.fixture';
import { JourneyMap } from './JourneyMap';

const meta = {
  title: 'CX/Patterns/JourneyMap',
  component: JourneyMap,
  args: { title: 'Applying for a home loan', stages: homeLoanJourney },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: /Emotion curve/ })).toBeInTheDocument();
    await expect(canvas.getByRole('table', { name: /touchpoints/ })).toBeInTheDocument();
  },
};
export const TargetsOnly: Story = {
  args: {
    title: 'New service, not yet measured',
    stages: homeLoanJourney.map((stage) => ({ ...stage, touchpoints: stage.touchpoints.map(({ measured: _m, ...rest }) => rest) })),
  },
};
export const Narrow: Story = {
  render: (args) => (
    <div style={{ maxWidth: 320 }}>
      <JourneyMap {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    // Wider than 320 px, the table scrolls in a region that Tab reaches.
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('region', { name: /touchpoints/ })).toHaveFocus();
  },
};
