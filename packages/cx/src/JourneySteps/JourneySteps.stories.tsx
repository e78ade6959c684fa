import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '@polku/react';
import type { JourneyStep } from '../hooks/journey';
import { JourneySteps } from './JourneySteps';

const steps: JourneyStep[] = [
  { id: 'details', label: 'Your details', channel: 'web' },
  { id: 'income', label: 'Income', channel: 'web' },
  { id: 'offer', label: 'Loan offer', channel: 'email', touchpoint: 'email/offer' },
  { id: 'sign', label: 'Sign at the branch', channel: 'branch' },
  { id: 'money', label: 'Money paid out' },
];

const meta = {
  title: 'CX/Patterns/JourneySteps',
  component: JourneySteps,
  args: { label: 'Loan application', steps, currentStep: 'offer' },
} satisfies Meta<typeof JourneySteps>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Horizontal: Story = { args: { orientation: 'horizontal' } };
export const Vertical: Story = { args: { orientation: 'vertical' } };
export const AutoInNarrowContainer: Story = {
  render: (args) => (
    <div style={{ maxWidth: 320 }}>
      <JourneySteps {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list');
    await expect(getComputedStyle(list).flexDirection).toBe('column');
  },
};
export const AllStates: Story = {
  args: {
    orientation: 'vertical',
    currentStep: 'sign',
    steps: [
      { id: 'details', label: 'Your details' },
      { id: 'income', label: 'Income', state: 'error', description: 'Payslip missing' },
      { id: 'insurance', label: 'Loan insurance', state: 'skipped' },
      { id: 'sign', label: 'Sign at the branch', channel: 'branch' },
      { id: 'money', label: 'Money paid out', state: 'disabled' },
      { id: 'feedback', label: 'Tell us how it went' },
    ],
  },
};

function Interactive(args: React.ComponentProps<typeof JourneySteps>) {
  const [index, setIndex] = useState(0);
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <JourneySteps {...args} currentStep={steps[index]!.id} focusOnChange />
      <div>
        <Button onClick={() => setIndex((value) => Math.min(steps.length - 1, value + 1))}>Next step</Button>
      </div>
    </div>
  );
}

export const MovesFocusOnChange: Story = {
  render: (args) => <Interactive {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Next step' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('Income').closest('[tabindex="-1"]')).toHaveFocus();
    await expect(canvas.getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'step');
  },
};
