import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button } from '../Button';
import { defineMessages } from '../i18n';
import { PolkuProvider } from './PolkuProvider';
import { useEmitEvent, useMessages } from './context';

const demoMessages = defineMessages({
  en: { 'demo.greeting': 'Welcome back', 'demo.send': 'Send feedback' },
  fi: { 'demo.greeting': 'Tervetuloa takaisin', 'demo.send': 'Lähetä palaute' },
  sv: { 'demo.greeting': 'Välkommen tillbaka', 'demo.send': 'Skicka respons' },
});

function Demo() {
  const t = useMessages(demoMessages);
  const emit = useEmitEvent();
  return (
    // No background or colour of its own: the provider's box paints its theme (the DarkTheme story in the light run
    // shows it, and axe checks the contrast).
    <div style={{ padding: 16 }}>
      <p>{t('demo.greeting')}</p>
      <Button onClick={() => emit({ type: 'demo.clicked' })}>{t('demo.send')}</Button>
    </div>
  );
}

const meta = {
  title: 'Components/PolkuProvider',
  component: PolkuProvider,
  args: { theme: 'light', brand: 'polku', locale: 'en', onCxEvent: fn(), children: <Demo /> },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast', 'auto'] },
    brand: { control: 'inline-radio', options: ['polku', 'kotiseutu'] },
    locale: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    children: { control: false },
  },
} satisfies Meta<typeof PolkuProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send feedback' }));
    await expect(args.onCxEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'demo.clicked' }));
  },
};
export const Finnish: Story = { args: { locale: 'fi' } };
export const Swedish: Story = { args: { locale: 'sv' } };
export const DarkTheme: Story = { args: { theme: 'dark' } };
export const HighContrast: Story = { args: { theme: 'high-contrast' } };
export const SecondBrand: Story = { args: { brand: 'kotiseutu' } };
export const MessageOverride: Story = {
  args: { locale: 'fi', messages: { fi: { 'demo.send': 'Kerro mielipiteesi' } } },
};
