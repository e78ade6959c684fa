import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { compare, nps } from '@polku/cx/metrics';
import { ratings } from '../MetricCard/ratings.fixture';
import { NpsSummary } from './NpsSummary';

const march = nps(ratings({ 10: 50, 9: 20, 8: 30, 7: 20, 5: 30 }));
const april = nps(ratings({ 10: 48, 9: 26, 8: 28, 7: 20, 5: 28 }));
const june = nps(ratings({ 10: 300, 9: 120, 8: 60, 7: 40, 5: 30 }));

const meta = {
  title: 'CX/Patterns/NpsSummary',
  component: NpsSummary,
  args: { title: 'NPS, April', result: april, comparison: compare(march, april), previousLabel: 'March' },
} satisfies Meta<typeof NpsSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NoSignificantChange: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region')).toHaveTextContent('No significant change since March');
  },
};
export const Improved: Story = { args: { title: 'NPS, June', result: june, comparison: compare(april, june), previousLabel: 'April' } };
export const Suppressed: Story = { args: { title: 'NPS, video calls', result: nps(ratings({ 10: 5, 3: 7 })), comparison: undefined } };
export const WithoutBreakdown: Story = { args: { showBreakdown: false } };
