import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BrandPlayground } from './BrandPlayground';
import { exampleBrandText } from './brandPlayground';

const meta = { title: 'Tokens/Brand playground', component: BrandPlayground } satisfies Meta<typeof BrandPlayground>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ExampleBrand: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent(/^Passes/);
  },
};

/** A brand whose primary colour is too light fails with named pairs; typed into the editor by keyboard. */
export const TooLightPrimary: Story = {
  // The previews of this deliberately failing brand are meant to show the failure; axe checks the rest of the page.
  parameters: { a11y: { context: { include: ['body'], exclude: ['[data-brand-preview]'] } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = canvas.getByRole('textbox', { name: /Brand file/ });
    await userEvent.clear(editor);
    await userEvent.paste(exampleBrandText.replace(/"hex":\s*"#[0-9a-f]{6}"/gi, '"hex": "#cfe8cf"').replace(/"components":\s*\[[^\]]*\]/g, '"components": [0.81, 0.91, 0.81]'));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^Does not pass/));
    await expect(canvas.getByRole('table', { name: 'Contrast failures' })).toHaveTextContent(/color\.action\.primary/);
  },
};

export const MalformedJson: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = canvas.getByRole('textbox', { name: /Brand file/ });
    await userEvent.clear(editor);
    await userEvent.paste('{ "brand": ');
    await expect(await canvas.findByText(/malformed JSON/)).toBeInTheDocument();
  },
};
