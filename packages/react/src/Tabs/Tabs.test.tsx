import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Tabs, type TabItem } from './Tabs';

const items: TabItem[] = [
  { value: 'profile', label: 'Profile', content: <p>Profile panel</p> },
  { value: 'security', label: 'Security', content: <p>Security panel</p> },
  { value: 'billing', label: 'Billing', content: <p>Billing panel</p>, disabled: true },
  { value: 'alerts', label: 'Alerts', content: <p>Alerts panel</p> },
];

describe('Tabs', () => {
  beforeEach(() => resetDevMessages());

  it('renders tablist, tabs and the labelled, selected panel', () => {
    render(<Tabs label="Account" items={items} />);
    expect(screen.getByRole('tablist', { name: 'Account' })).toBeInTheDocument();
    const tab = screen.getByRole('tab', { name: 'Profile' });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Profile' });
    expect(tab).toHaveAttribute('aria-controls', panel.id);
    expect(screen.queryByText('Security panel')).not.toBeVisible();
  });

  it('uses a roving tabindex: Tab enters the selected tab, then moves into the panel', async () => {
    const user = userEvent.setup();
    render(<Tabs label="Account" items={items} defaultValue="security" />);
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveAttribute('tabindex', '-1');
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Security' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('tabpanel')).toHaveFocus();
  });

  it('moves and selects with Left/Right (wrapping, skipping disabled), Home and End (automatic activation)', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Tabs label="Account" items={items} onValueChange={onValueChange} />);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Security' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Alerts' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Alerts' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Alerts' })).toHaveFocus();
    expect(screen.getByText('Alerts panel')).toBeVisible();
    expect(onValueChange.mock.calls.map(([v]) => v)).toEqual(['security', 'alerts', 'profile', 'alerts', 'profile', 'alerts']);
  });

  it('with orientation="vertical" moves with Up/Down and ignores Left/Right', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Tabs label="Account" items={items} orientation="vertical" onValueChange={onValueChange} />);
    expect(screen.getByRole('tablist')).toHaveAttribute('aria-orientation', 'vertical');
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tab', { name: 'Security' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tab', { name: 'Alerts' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('tab', { name: 'Security' })).toHaveFocus();
    expect(screen.getByText('Security panel')).toBeVisible();
    expect(onValueChange.mock.calls.map(([v]) => v)).toEqual(['security', 'alerts', 'security']);
  });

  it('is horizontal by default (no aria-orientation) and warns on an unknown orientation', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: an unknown orientation is a type error as well
      render(<Tabs label="Account" items={items} orientation="diagonal" />);
      expect(screen.getByRole('tablist')).not.toHaveAttribute('aria-orientation');
      expect(console.warnings().join('\n')).toMatch(/Tabs: unknown orientation "diagonal"/);
    } finally {
      console.restore();
    }
  });

  it('with activation="manual" moves focus only; Enter and Space select', async () => {
    const user = userEvent.setup();
    render(<Tabs label="Account" items={items} activation="manual" />);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    const security = screen.getByRole('tab', { name: 'Security' });
    expect(security).toHaveFocus();
    expect(security).toHaveAttribute('aria-selected', 'false');
    expect(security).toHaveAttribute('tabindex', '0');
    await user.keyboard('{Enter}');
    expect(security).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    await user.keyboard(' ');
    expect(screen.getByRole('tab', { name: 'Alerts' })).toHaveAttribute('aria-selected', 'true');
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState('alerts');
      return (
        <>
          <Tabs label="Account" items={items} value={value} onValueChange={setValue} />
          <output>{value}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('tab', { name: 'Alerts' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'Profile' }));
    expect(screen.getByRole('status')).toHaveTextContent('profile');
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
  });

  it('a controlled value that is not updated keeps the selection', async () => {
    const user = userEvent.setup();
    render(<Tabs label="Account" items={items} value="profile" onValueChange={() => {}} />);
    await user.click(screen.getByRole('tab', { name: 'Security' }));
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Tabs ref={ref} label="Account" items={items} className="mine" data-testid="t" />);
    expect(ref.current).toBe(screen.getByTestId('t'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns on an unknown activation and reports a missing label', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown activation, missing label
      render(<Tabs items={items} activation="lazy" />);
      expect(console.warnings().join('\n')).toMatch(/Tabs: unknown activation "lazy"/);
      expect(console.errors().join('\n')).toMatch(/Tabs: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(<Tabs label="Account" items={items} />);
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<Tabs label="Tili" items={items} />);
    expect(html).toContain('role="tablist"');
    expect(html).toContain('aria-selected="true"');
  });
});
