import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button } from './Button';

const meta = {
  title: 'Components/Button',
  component: Button,
  args: { children: 'Continue', onClick: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary', 'danger'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Continue' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};
export const Secondary: Story = { args: { variant: 'secondary' } };
export const Tertiary: Story = { args: { variant: 'tertiary', children: 'Show details' } };
export const Danger: Story = { args: { variant: 'danger', children: 'Delete message' } };
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <Button {...args} size="s">Small</Button>
      <Button {...args} size="m">Medium</Button>
      <Button {...args} size="l">Large</Button>
    </div>
  ),
};
export const Disabled: Story = { args: { disabled: true } };
export const Loading: Story = {
  args: { loading: true, loadingText: 'Sending…', children: 'Send' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Sending…' });
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};
export const WithIcons: Story = {
  args: {
    iconEnd: (
      <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M5 12h14M13 6l6 6-6 6" />
      </svg>
    ),
  },
};
export const FullWidth: Story = { args: { fullWidth: true } };

/**
 * With `prefers-reduced-motion: reduce` the hover transition is off. Checked in the story test runs only: Chromium
 * emulates the media feature (DevTools protocol) and the pointer really hovers the button (`:hover` applies).
 */
export const ReducedMotionHover: Story = {
  play: async ({ canvasElement }) => {
    if (!import.meta.env.POLKU_STORY_THEME) return; // the Storybook site has no browser automation
    const { cdp, userEvent: pointer } = await import('vitest/browser');
    const button = within(canvasElement).getByRole('button', { name: 'Continue' });
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      await expect(window.matchMedia('(prefers-reduced-motion: reduce)')).toHaveProperty('matches', true);
      await pointer.hover(button);
      await expect(button.matches(':hover') ? 'hovered' : 'not hovered').toBe('hovered');
      // `transition: none` computes to a 0s duration; the hover rule's transitions would show `var(--polku-motion-duration-fast)`
      await expect(getComputedStyle(button).transitionDuration).toMatch(/^0s(, 0s)*$/);
    } finally {
      await pointer.unhover(button);
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  },
};
