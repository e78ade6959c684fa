import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { createMemoryOutboxStore } from '../feedback/outbox-store';
import { failTransiently, succeed, withPolkuLocale } from '../feedback/story-helpers';
import { HelpfulPrompt } from './HelpfulPrompt';

const meta = {
  title: 'CX/Feedback/HelpfulPrompt',
  component: HelpfulPrompt,
  decorators: [withPolkuLocale],
  args: { touchpoint: 'help/opening-hours', onSubmit: succeed },
  render: (args) => <HelpfulPrompt {...args} storage={createMemoryOutboxStore('device')} />,
} satisfies Meta<typeof HelpfulPrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const AnsweredYes: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(/Thank you|Kiitos|Tack/)).toBeInTheDocument();
  },
};
export const WhatWentWrong: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('textbox')).toHaveFocus();
    await userEvent.keyboard('The opening hours are wrong');
  },
};
export const NotSentYet: Story = {
  args: { onSubmit: failTransiently },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(await within(canvasElement).findByRole('button', { name: /Try again|Yritä|Försök/ })).toBeInTheDocument();
  },
};
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
