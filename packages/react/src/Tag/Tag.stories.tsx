import { useRef, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Tag } from './Tag';

const meta = {
  title: 'Components/Tag',
  component: Tag,
  args: { children: 'Helsinki' },
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Static: Story = {};

export const Removable: Story = {
  args: { onRemove: fn() },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: /Helsinki/ });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onRemove).toHaveBeenCalledTimes(1);
  },
};

export const Disabled: Story = { args: { onRemove: fn(), disabled: true } };

function FilterList() {
  const [cities, setCities] = useState(['Helsinki', 'Tampere', 'Turku', 'Oulu']);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const remove = (city: string, index: number) => {
    const next = cities.filter((c) => c !== city);
    setCities(next);
    // Keep the keyboard user's place: the next tag's button, the previous one, or the heading when none is left.
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('[data-story-tags] button');
      (buttons[Math.min(index, buttons.length - 1)] ?? headingRef.current)?.focus();
    });
  };
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} style={{ fontSize: '1rem' }}>
        Active filters ({cities.length})
      </h2>
      <ul data-story-tags="" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', margin: 0, padding: 0 }}>
        {cities.map((city, index) => (
          <li key={city}>
            <Tag onRemove={() => remove(city, index)}>{city}</Tag>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Removing a tag moves focus to the next tag, so keyboard users keep their place. */
export const FilterGroup: Story = {
  render: () => <FilterList />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: /Helsinki/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByText('Helsinki')).toBeNull();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await expect(canvas.getByRole('button', { name: /Tampere/ })).toHaveFocus();
  },
};
