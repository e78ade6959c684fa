import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Accordion, type AccordionItem } from './Accordion';

const items: AccordionItem[] = [
  { value: 'delivery', title: 'Delivery', content: <p>Delivery text</p> },
  { value: 'returns', title: 'Returns', content: <p>Returns text</p> },
  { value: 'warranty', title: 'Warranty', content: <p>Warranty text</p>, disabled: true },
];

describe('Accordion', () => {
  beforeEach(() => resetDevMessages());

  it('puts buttons with aria-expanded and aria-controls inside headings of the given level', () => {
    render(<Accordion headingLevel={2} items={items} />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Delivery' });
    const button = screen.getByRole('button', { name: 'Delivery' });
    expect(heading).toContainElement(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(button.getAttribute('aria-controls')!)).not.toBeVisible();
  });

  it('toggles with Enter and Space; single mode keeps one section open', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Accordion headingLevel={3} items={items} onValueChange={onValueChange} />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Delivery' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Delivery' })).toHaveTextContent('Delivery text');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Returns' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Returns' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Delivery' })).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Returns' })).toHaveAttribute('aria-expanded', 'false');
    expect(onValueChange.mock.calls).toEqual([[['delivery']], [['returns']], [[]]]);
  });

  it('multiple mode opens several; disabled sections do not toggle', async () => {
    const user = userEvent.setup();
    render(<Accordion headingLevel={3} items={items} multiple defaultValue={['delivery']} />);
    await user.click(screen.getByRole('button', { name: 'Returns' }));
    await user.click(screen.getByRole('button', { name: 'Warranty' }));
    expect(screen.getByRole('button', { name: 'Delivery' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Returns' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Warranty' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves between headers with Down/Up (wrapping), Home and End', async () => {
    const user = userEvent.setup();
    render(<Accordion headingLevel={3} items={items} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Returns' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('button', { name: 'Warranty' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Delivery' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Warranty' })).toHaveFocus();
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState<string[]>(['returns']);
      return <Accordion headingLevel={3} items={items} value={value} onValueChange={setValue} />;
    }
    render(<Controlled />);
    expect(screen.getByRole('button', { name: 'Returns' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Delivery' }));
    expect(screen.getByRole('button', { name: 'Delivery' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Returns' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Accordion ref={ref} headingLevel={3} items={items} className="mine" data-testid="a" />);
    expect(ref.current).toBe(screen.getByTestId('a'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns on an unknown heading level and falls back to h3', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: level 7 does not exist
      render(<Accordion headingLevel={7} items={items} />);
      expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
      expect(console.warnings().join('\n')).toMatch(/Accordion: unknown headingLevel "7"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations, open and closed', async () => {
    render(<Accordion headingLevel={2} items={items} defaultValue={['returns']} />);
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<Accordion headingLevel={2} items={items} defaultValue={['delivery']} />);
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('<h2');
  });
});
