import type { Meta, StoryObj } from '@storybook/react-vite';
import { Badge } from '../Badge';
import { Button } from '../Button';
import { Inline } from './Inline';

const meta = {
  title: 'Components/Inline',
  component: Inline,
  args: { gap: 2 },
  argTypes: {
    gap: { control: 'select', options: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
    align: { control: 'inline-radio', options: ['center', 'start', 'end', 'baseline', 'stretch'] },
    justify: { control: 'inline-radio', options: ['start', 'center', 'end', 'space-between'] },
  },
  render: (args) => (
    <Inline {...args}>
      <Button variant="secondary">Cancel</Button>
      <Button>Send</Button>
    </Inline>
  ),
} satisfies Meta<typeof Inline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const JustifyEnd: Story = { args: { justify: 'end' } };
export const SpaceBetween: Story = { args: { justify: 'space-between' } };
/** Many items wrap onto new lines with the same gap between lines (reflow at 320 px). */
export const Wrapping: Story = {
  render: (args) => (
    <div style={{ maxWidth: 320 }}>
      <Inline {...args}>
        {['Chat', 'Phone', 'Email', 'Video', 'Branch', 'Web', 'Callback'].map((channel) => (
          <Badge key={channel}>{channel}</Badge>
        ))}
      </Inline>
    </div>
  ),
};
