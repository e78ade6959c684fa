import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { WEEKDAYS_8_TO_16 } from '../hooks/business-hours';
import type { PromiseClock } from '../hooks/usePromiseClock';
import { PromiseBadge } from './PromiseBadge';

const MIN = 60_000;
/** A frozen clock so every story renders the same state in every run. */
const frozenAt = Date.parse('2026-11-23T10:05:00Z');
const frozen: PromiseClock = { now: () => frozenAt, setTimeout: () => 0, clearTimeout: () => {} };
const start = Date.parse('2026-11-23T10:00:00Z');

const meta = {
  title: 'CX/Patterns/PromiseBadge',
  component: PromiseBadge,
  args: {
    promiseId: 'served-15',
    text: 'Served within 15 minutes',
    compensation: '€10',
    start,
    durationMs: 15 * MIN,
    clock: frozen,
    timeZone: 'Europe/Helsinki',
  },
} satisfies Meta<typeof PromiseBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Active: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Served within 15 minutes' })).toHaveTextContent('On track');
    await expect(canvas.getByRole('timer')).toHaveAttribute('aria-live', 'off');
    // Not interactive: Tab passes it by.
    await userEvent.tab();
    await expect(canvas.getByRole('group')).not.toHaveFocus();
  },
};
export const AtRisk: Story = { args: { start: start - 8 * MIN } };
export const Kept: Story = { args: { fulfilledAt: start + 9 * MIN } };
export const Broken: Story = { args: { start: start - 30 * MIN } };
export const PausedByService: Story = { args: { paused: true, text: 'Decision within 5 working days', compensation: undefined } };
export const PausedOutsideOpeningHours: Story = {
  args: {
    text: 'Call back within 2 working hours',
    start: Date.parse('2026-11-22T09:00:00Z'),
    durationMs: 120 * MIN,
    businessHours: { ...WEEKDAYS_8_TO_16, timeZone: 'Europe/Helsinki' },
    clock: { ...frozen, now: () => Date.parse('2026-11-23T05:00:00Z') },
  },
};
export const Waived: Story = { args: { outcome: 'waived' } };
export const Static: Story = { args: { static: true } };
export const LiveClock: Story = {
  tags: ['no-test'],
  args: { clock: undefined, start: Date.now(), durationMs: 2 * MIN, atRiskMs: 60_000 },
};
