/* Storybook-only helpers for the feedback stories; not exported from the package. */
import type { ComponentType } from 'react';
import type { Decorator, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PolkuProvider, type Locale, type Theme } from '@polku/react';
import type { StandardQuestionProps } from '../ScaleQuestion';

/** Wraps a story in PolkuProvider with the toolbar's language and theme (story `globals` can pin a language). */
export const withPolkuLocale: Decorator = (Story, context) => (
  <PolkuProvider
    locale={(context.globals.locale as Locale) ?? 'en'}
    theme={(context.globals.theme as Theme) ?? 'light'}
    brand={(context.globals.brand as string) ?? 'polku'}
  >
    <Story />
  </PolkuProvider>
);

/** A send function that waits a moment and succeeds. */
export const succeed = () => new Promise<void>((resolve) => setTimeout(resolve, 300));
/** A send function that always fails transiently (server down). */
export const failTransiently = () => Promise.reject(new Error('HTTP 503'));

/** The standard stories of a scale question (CesQuestion, CsatQuestion, NpsQuestion): same states, same keyboard play. */
export function standardQuestionStories(Question: ComponentType<StandardQuestionProps>) {
  type Story = StoryObj<StandardQuestionProps>;
  const Default: Story = {
    play: async ({ canvasElement, args }) => {
      const radios = within(canvasElement).getAllByRole('radio');
      await userEvent.tab();
      await expect(radios[0]).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      await expect(radios[1]).toBeChecked();
      await userEvent.keyboard('{Home}');
      await expect(args.onChange).toHaveBeenCalledTimes(2);
    },
  };
  const Answered: Story = { args: { defaultValue: 3 } };
  const Finnish: Story = { globals: { locale: 'fi' } };
  const Swedish: Story = { globals: { locale: 'sv' } };
  const CustomQuestion: Story = { args: { question: 'How was paying for your order today?' } };
  const Narrow: Story = {
    render: (args) => (
      <div style={{ maxWidth: 280 }}>
        <Question {...args} />
      </div>
    ),
  };
  return { Default, Answered, Finnish, Swedish, CustomQuestion, Narrow };
}
