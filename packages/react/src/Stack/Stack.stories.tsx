import type { Meta, StoryObj } from '@storybook/react-vite';
import { Box } from '../Box';
import { Stack } from './Stack';

const meta = {
  title: 'Components/Stack',
  component: Stack,
  args: { gap: 4 },
  argTypes: {
    gap: { control: 'select', options: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
    align: { control: 'inline-radio', options: ['stretch', 'start', 'center', 'end'] },
  },
  render: (args) => (
    <Stack {...args}>
      <Box padding={3} background="subtle" border="default">
        First
      </Box>
      <Box padding={3} background="subtle" border="default">
        Second
      </Box>
      <Box padding={3} background="subtle" border="default">
        Third
      </Box>
    </Stack>
  ),
} satisfies Meta<typeof Stack>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const SmallGap: Story = { args: { gap: 1 } };
export const LargeGap: Story = { args: { gap: 8 } };
export const Centered: Story = { args: { align: 'center' } };
export const AsList: Story = {
  render: () => (
    <Stack as="ul" gap={2}>
      <li>Chat — answer in 2 minutes</li>
      <li>Phone — answer in 10 minutes</li>
      <li>Email — answer in 2 working days</li>
    </Stack>
  ),
};
