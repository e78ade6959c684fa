import type { Meta, StoryObj } from '@storybook/react-vite';
import { Text } from './Text';

const meta = {
  title: 'Components/Text',
  component: Text,
  args: { children: 'We usually answer within two working days. You can follow the status of your message here.' },
  argTypes: { variant: { control: 'inline-radio', options: ['body', 'lead', 'small', 'muted'] } },
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Body: Story = {};
export const Lead: Story = { args: { variant: 'lead' } };
export const Small: Story = { args: { variant: 'small' } };
export const Muted: Story = { args: { variant: 'muted', children: 'Updated 12 March 2026' } };
export const Weights: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 8 }}>
      <Text>Regular</Text>
      <Text weight="semibold">Semibold</Text>
      <Text weight="bold">Bold</Text>
      <Text>
        Inline <Text as="strong" weight="bold">strong</Text> text.
      </Text>
    </div>
  ),
};
