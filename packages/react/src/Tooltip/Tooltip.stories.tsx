import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button';
import { Tooltip } from './Tooltip';

const meta = {
  title: 'Components/Tooltip',
  component: Tooltip,
  args: {
    content: 'Copies the address of this page to the clipboard',
    children: <Button variant="secondary">Copy link</Button>,
  },
  argTypes: { placement: { control: 'inline-radio', options: ['top', 'bottom', 'left', 'right'] } },
  decorators: [
    (Story) => (
      <div style={{ padding: '64px 16px' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Tooltip>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Space between the tooltip and the trigger when the tooltip sits above / below it (negative: overlapping). */
function gap(tooltip: HTMLElement, trigger: HTMLElement) {
  const tip = tooltip.getBoundingClientRect();
  const target = trigger.getBoundingClientRect();
  return { above: target.top - tip.bottom, below: tip.top - target.bottom };
}

export const OnFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await waitFor(() => expect(canvas.getByRole('tooltip')).toBeVisible());
    // placed above the trigger after mount (floating-ui through the CSS object model, no style attribute in the HTML)
    await waitFor(() => expect(gap(canvas.getByRole('tooltip'), canvas.getByRole('button')).above).toBeGreaterThanOrEqual(0));
    await expect(canvas.getByRole('button', { name: 'Copy link' })).toHaveAccessibleDescription(
      'Copies the address of this page to the clipboard',
    );
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('tooltip')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Copy link' })).toHaveFocus();
  },
};
export const OnHover: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.hover(canvas.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(canvas.getByRole('tooltip')).toBeVisible());
  },
};
export const Bottom: Story = {
  args: { placement: 'bottom' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await waitFor(() => expect(canvas.getByRole('tooltip')).toBeVisible());
    await waitFor(() => expect(gap(canvas.getByRole('tooltip'), canvas.getByRole('button')).below).toBeGreaterThanOrEqual(0));
  },
};
