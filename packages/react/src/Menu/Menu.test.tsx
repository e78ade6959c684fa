import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { MenuButton, MenuGroup, MenuItem, MenuSeparator } from './index';

function Actions({ onSelect = vi.fn() }: { onSelect?: (what: string) => void }) {
  return (
    <>
      <button type="button">Before</button>
      <MenuButton label="Actions">
        <MenuItem onSelect={() => onSelect('copy')}>Copy</MenuItem>
        <MenuItem onSelect={() => onSelect('rename')}>Rename</MenuItem>
        <MenuItem onSelect={() => onSelect('archive')} disabled>
          Archive
        </MenuItem>
        <MenuSeparator />
        <MenuGroup label="Share">
          <MenuItem onSelect={() => onSelect('email')}>Email</MenuItem>
          <MenuItem href="#print">Print view</MenuItem>
        </MenuGroup>
        <MenuItem onSelect={() => onSelect('delete')}>Delete</MenuItem>
      </MenuButton>
      <button type="button">After</button>
    </>
  );
}

const button = () => screen.getByRole('button', { name: 'Actions' });
const item = (name: string) => screen.getByRole('menuitem', { name });

describe('MenuButton', () => {
  beforeEach(() => resetDevMessages());

  it('is a button with aria-haspopup, aria-expanded and aria-controls; the menu is named by the button', async () => {
    const user = userEvent.setup();
    render(<Actions />);
    expect(button()).toHaveAttribute('aria-haspopup', 'menu');
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(button());
    const menu = screen.getByRole('menu', { name: 'Actions' });
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(button()).toHaveAttribute('aria-controls', menu.id);
    expect(item('Copy')).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Share' })).toContainElement(item('Email'));
    expect(screen.getByRole('separator')).toBeInTheDocument();
    expect(item('Print view')).toHaveAttribute('href', '#print');
  });

  it('opens with Enter, Space and Down on the first item, with Up on the last', async () => {
    const user = userEvent.setup();
    render(<Actions />);
    for (const [key, first] of [
      ['{Enter}', 'Copy'],
      [' ', 'Copy'],
      ['{ArrowDown}', 'Copy'],
      ['{ArrowUp}', 'Delete'],
    ] as const) {
      button().focus();
      await user.keyboard(key);
      expect(item(first)).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(button()).toHaveFocus();
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    }
  });

  it('moves with Down/Up (wrapping, disabled items included), Home/End and typeahead', async () => {
    const user = userEvent.setup();
    render(<Actions />);
    button().focus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(item('Archive')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Email')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Copy')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Copy')).toHaveFocus();
    await user.keyboard('p');
    expect(item('Print view')).toHaveFocus();
    await user.keyboard('R');
    expect(item('Rename')).toHaveFocus();
    await user.keyboard('z');
    expect(item('Rename')).toHaveFocus();
  });

  it('typeahead finds Finnish letters and cycles through items with the same first letter', async () => {
    const user = userEvent.setup();
    render(
      <PolkuProvider locale="fi">
        <MenuButton label="Toiminnot">
          <MenuItem>Avaa</MenuItem>
          <MenuItem>Äänestä</MenuItem>
          <MenuItem>Älä tallenna</MenuItem>
        </MenuButton>
      </PolkuProvider>,
    );
    screen.getByRole('button', { name: 'Toiminnot' }).focus();
    await user.keyboard('{ArrowDown}ä');
    expect(item('Äänestä')).toHaveFocus();
    await user.keyboard('Ä');
    expect(item('Älä tallenna')).toHaveFocus();
    await user.keyboard('ä');
    expect(item('Äänestä')).toHaveFocus();
  });

  it('choosing an item with Enter, Space or a click runs it, closes the menu and returns focus', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Actions onSelect={onSelect} />);
    button().focus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('copy');
    expect(button()).toHaveFocus();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}{ArrowDown} ');
    expect(onSelect).toHaveBeenLastCalledWith('rename');
    expect(button()).toHaveFocus();
    await user.click(button());
    await user.click(item('Delete'));
    expect(onSelect).toHaveBeenLastCalledWith('delete');
    expect(button()).toHaveFocus();
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('a disabled item is focusable and announced as disabled, but choosing it does nothing', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Actions onSelect={onSelect} />);
    await user.click(button());
    const archive = item('Archive');
    expect(archive).toHaveAttribute('aria-disabled', 'true');
    await user.click(archive);
    archive.focus();
    await user.keyboard('{Enter} ');
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('menu')).toBeInTheDocument();
    expect(archive).toHaveFocus();
  });

  it('link items follow their href with Enter and Space and then close', async () => {
    const user = userEvent.setup();
    const onLink = vi.fn((event: MouseEvent) => event.preventDefault());
    render(<Actions />);
    document.addEventListener('click', onLink);
    try {
      button().focus();
      await user.keyboard('{ArrowUp}{ArrowUp}');
      expect(item('Print view')).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(onLink).toHaveBeenCalledTimes(1);
      expect((onLink.mock.calls[0]![0].target as HTMLElement).getAttribute('href')).toBe('#print');
      expect(button()).toHaveFocus();
      await user.keyboard('{ArrowUp}{ArrowUp} ');
      expect(onLink).toHaveBeenCalledTimes(2);
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    } finally {
      document.removeEventListener('click', onLink);
    }
  });

  it('Tab closes the menu and moves to the next stop after the button; Shift+Tab to the one before', async () => {
    const user = userEvent.setup();
    render(<Actions />);
    button().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    button().focus();
    await user.keyboard('{ArrowDown}');
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
    expect(button()).toHaveAttribute('aria-expanded', 'false');
  });

  it('a press outside closes the menu; the button toggles it', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <>
        <MenuButton label="Actions" onOpenChange={onOpenChange}>
          <MenuItem>Copy</MenuItem>
        </MenuButton>
        <p>Outside</p>
      </>,
    );
    await user.click(button());
    await user.click(screen.getByText('Outside'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(button());
    await user.click(button());
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(onOpenChange.mock.calls.map(([open]) => open)).toEqual([true, false, true, false]);
  });

  it('radio items carry aria-checked', async () => {
    const user = userEvent.setup();
    render(
      <MenuButton label="Sort">
        <MenuGroup label="Sort by">
          <MenuItem checked>Date</MenuItem>
          <MenuItem checked={false}>Amount</MenuItem>
        </MenuGroup>
      </MenuButton>,
    );
    await user.click(screen.getByRole('button', { name: 'Sort' }));
    expect(screen.getByRole('menuitemradio', { name: 'Date' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitemradio', { name: 'Amount' })).toHaveAttribute('aria-checked', 'false');
  });

  it('forwards the ref to the button and passes className and attributes to it', () => {
    const ref = createRef<HTMLButtonElement>();
    const itemRef = createRef<HTMLElement>();
    render(
      <MenuButton ref={ref} label="Actions" className="mine" data-testid="b">
        <MenuItem ref={itemRef} className="item">
          Copy
        </MenuItem>
      </MenuButton>,
    );
    expect(ref.current).toBe(button());
    expect(ref.current).toHaveClass('mine');
    expect(ref.current).toHaveAttribute('data-testid', 'b');
    expect(itemRef.current).toHaveClass('item');
  });

  it('reports a missing label and an unknown placement in development', () => {
    const console = captureConsole();
    try {
      render(
        // @ts-expect-error: label is required, placement unknown
        <MenuButton placement="left">
          <MenuGroup label="">
            <MenuItem>Copy</MenuItem>
          </MenuGroup>
        </MenuButton>,
      );
      expect(console.errors().join('\n')).toMatch(/MenuButton: the "label" prop is required/);
      expect(console.errors().join('\n')).toMatch(/MenuGroup: the "label" prop is required/);
      expect(console.warnings().join('\n')).toMatch(/MenuButton: unknown placement "left"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations open and closed', async () => {
    const user = userEvent.setup();
    render(<Actions />);
    await expectNoAxeViolations();
    await user.click(button());
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML, the menu hidden and without inline styles', async () => {
    const { html } = await expectAccessibleServerRender(<Actions />);
    expect(html).toContain('aria-haspopup="menu"');
    expect(html).toMatch(/role="menu"[^>]*hidden/);
    expect(html).not.toContain('style=');
  });
});
