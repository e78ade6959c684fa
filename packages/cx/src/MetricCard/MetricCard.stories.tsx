import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ces, compare, csat } from '@polku/cx/metrics';
import { ratings } from './ratings.fixture';
import { MetricCard } from './MetricCard';

const september = csat(ratings({ 5: 60, 4: 20, 3: 10, 2: 6, 1: 4 }));
const october = csat(ratings({ 5: 63, 4: 20, 3: 9, 2: 5, 1: 3 }));
const november = csat(ratings({ 5: 150, 4: 60, 3: 20, 2: 10, 1: 5 }));
const augustBig = csat(ratings({ 5: 200, 4: 100, 3: 80, 2: 70, 1: 50 }));

const meta = {
  title: 'CX/Patterns/MetricCard',
  component: MetricCard,
  args: { title: 'CSAT, October', result: october },
} satisfies Meta<typeof MetricCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Reported: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'CSAT, October' })).toHaveTextContent('95% interval');
  },
};
export const NoSignificantChange: Story = { args: { comparison: compare(september, october), previousLabel: 'September' } };
export const Improved: Story = {
  args: { title: 'CSAT, November', result: november, comparison: compare(augustBig, november), previousLabel: 'August' },
};
export const Declined: Story = {
  args: { title: 'CSAT, August', result: augustBig, comparison: compare(november, augustBig), previousLabel: 'November' },
};
export const Suppressed: Story = {
  args: { title: 'CSAT, new branch', result: csat(ratings({ 5: 8, 4: 4 })), comparison: compare(september, csat(ratings({ 5: 8, 4: 4 }))), previousLabel: 'September' },
};
export const CustomerEffort: Story = { args: { title: 'CES, loan application', result: ces(ratings({ 7: 20, 6: 10, 5: 5, 2: 5 })) } };
