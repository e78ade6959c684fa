import type { Meta, StoryObj } from '@storybook/react-vite';
import { ColorSwatches, ContrastMatrix, Dimensions, GuaranteedPairs, TypeScale } from './TokenDocs';
import type { BrandName, ThemeName } from './tokenData';

/** The token tables as stories, so they are axe-tested in every theme like any component. */
const meta = { title: 'Tokens/Tables', parameters: { layout: 'fullscreen' } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const current = (globals: Record<string, unknown>) => ({
  theme: ((globals.theme as string) ?? 'light') as ThemeName,
  brand: ((globals.brand as string) ?? 'polku') as BrandName,
});

export const Colours: Story = { render: (_, { globals }) => <ColorSwatches {...current(globals)} /> };
export const Contrast: Story = { render: (_, { globals }) => <ContrastMatrix {...current(globals)} /> };
export const GuaranteedContrast: Story = { render: (_, { globals }) => <GuaranteedPairs {...current(globals)} /> };
export const Typography: Story = { render: (_, { globals }) => <TypeScale {...current(globals)} /> };
export const Spacing: Story = { render: (_, { globals }) => <Dimensions {...current(globals)} group="space" /> };
export const RadiiAndShadows: Story = {
  render: (_, { globals }) => (
    <>
      <Dimensions {...current(globals)} group="radius" />
      <Dimensions {...current(globals)} group="shadow" />
    </>
  ),
};
export const Motion: Story = { render: (_, { globals }) => <Dimensions {...current(globals)} group="motion" /> };
