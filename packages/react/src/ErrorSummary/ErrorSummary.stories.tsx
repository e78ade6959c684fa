import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from '../TextField';
import { RadioGroup } from '../RadioGroup';
import { ErrorSummary } from './ErrorSummary';

const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  args: {
    errors: [
      { fieldId: 'story-email', message: 'Enter an email address in the right format, like name@example.fi' },
      { fieldId: 'story-contact', message: 'Choose how we can contact you' },
    ],
  },
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <ErrorSummary {...args} />
      <TextField id="story-email" label="Email address" type="email" defaultValue="aino@" error={args.errors[0]?.message} />
      <RadioGroup
        id="story-contact"
        legend="How can we contact you?"
        error={args.errors[1]?.message}
        options={[
          { value: 'email', label: 'Email' },
          { value: 'phone', label: 'Phone' },
        ]}
      />
    </div>
  ),
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'There is a problem' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('textbox', { name: 'Email address' })).toHaveFocus();
  },
};
export const WithDescription: Story = {
  args: { description: 'Your answers are saved. Fix these and send again.', moveFocus: false },
};
export const CustomTitle: Story = { args: { title: 'Two answers need fixing', moveFocus: false } };
