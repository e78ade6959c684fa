import type { Meta, StoryObj } from '@storybook/react-vite';
import { Badge } from './Badge';

const meta = {
  title: 'Components/Badge',
  component: Badge,
  args: { children: 'Draft' },
  argTypes: { tone: { control: 'inline-radio', options: ['neutral', 'info', 'success', 'warning', 'error'] } },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {};
export const Info: Story = { args: { tone: 'info', children: 'New' } };
export const Success: Story = { args: { tone: 'success', children: 'Sent' } };
export const Warning: Story = { args: { tone: 'warning', children: 'Action needed' } };
export const ErrorTone: Story = { name: 'Error', args: { tone: 'error', children: 'Not sent' } };
export const WithIcons: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      <Badge tone="info" icon>
        In review
      </Badge>
      <Badge tone="success" icon>
        Sent
      </Badge>
      <Badge tone="warning" icon>
        Action needed
      </Badge>
      <Badge tone="error" icon>
        Not sent
      </Badge>
    </div>
  ),
};
