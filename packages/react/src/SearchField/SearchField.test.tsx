import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { SearchField } from './SearchField';

describe('SearchField', () => {
  beforeEach(() => resetDevMessages());

  it('is a labelled search box with a search button; the clear button appears only with text', async () => {
    const user = userEvent.setup();
    render(<SearchField label="Search the help pages" />);
    const input = screen.getByRole('searchbox', { name: 'Search the help pages' });
    expect(screen.getByRole('button', { name: 'Search' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
    await user.type(input, 'laina');
    expect(input).toHaveValue('laina');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
  });

  it('submits with Enter and with the button, clears with Escape, and lets Escape through when empty', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const onClear = vi.fn();
    const outerEscape = vi.fn();
    render(
      // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- a listener standing in for a dialog
      <div onKeyDown={(event) => event.key === 'Escape' && outerEscape()}>
        <SearchField label="Search" onSubmit={onSubmit} onClear={onClear} />
      </div>,
    );
    const input = screen.getByRole('searchbox');
    await user.click(input);
    await user.keyboard('kortti{Enter}');
    expect(onSubmit).toHaveBeenLastCalledWith('kortti');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    await user.click(input);
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(outerEscape).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(outerEscape).toHaveBeenCalledTimes(1);
  });

  it('without onSubmit, Enter and the button submit the surrounding form natively', async () => {
    const user = userEvent.setup();
    const onFormSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form role="search" onSubmit={onFormSubmit}>
        <SearchField label="Search" name="q" />
      </form>,
    );
    await user.type(screen.getByRole('searchbox'), 'asuntolaina{Enter}');
    expect(onFormSubmit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(onFormSubmit).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('searchbox')).toHaveAttribute('name', 'q');
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState('');
      return (
        <>
          <SearchField label="Search" value={value} onChange={(next) => setValue(next.trimStart())} />
          <output>{value}</output>
        </>
      );
    }
    render(<Controlled />);
    await user.type(screen.getByRole('searchbox'), '  ale');
    expect(screen.getByRole('status')).toHaveTextContent('ale');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('is operable with the keyboard alone: Tab reaches the input, the clear button and the search button', async () => {
    const user = userEvent.setup();
    render(<SearchField label="Search" defaultValue="asunto" />);
    await user.tab();
    expect(screen.getByRole('searchbox')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Clear search' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
  });

  it('speaks Finnish and Swedish', () => {
    const { rerender } = render(
      <PolkuProvider locale="fi">
        <SearchField label="Hae ohjeista" defaultValue="x" required />
      </PolkuProvider>,
    );
    expect(screen.getByRole('searchbox', { name: 'Hae ohjeista (pakollinen)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tyhjennä haku' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hae' })).toBeInTheDocument();
    rerender(
      <PolkuProvider locale="sv">
        <SearchField label="Sök" defaultValue="x" />
      </PolkuProvider>,
    );
    expect(screen.getByRole('button', { name: 'Rensa sökningen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sök' })).toBeInTheDocument();
  });

  it('forwards the ref to the input, className to the wrapper, other attributes to the input', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(
      <SearchField ref={ref} label="Search" className="mine" data-testid="s" width="m" searchButton={false} />,
    );
    expect(ref.current).toBe(screen.getByTestId('s'));
    expect(container.firstElementChild).toHaveClass('mine');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByTestId('s').parentElement?.parentElement).toHaveAttribute('data-width', 'm');
  });

  it('reports a missing label in development', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: label is required
      render(<SearchField />);
      expect(console.errors().join('\n')).toMatch(/SearchField: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in any state', async () => {
    render(
      <div>
        <SearchField label="Plain" />
        <SearchField label="With text" defaultValue="kortti" hint="Search by topic" />
        <SearchField label="Invalid" error="Type at least two letters" defaultValue="k" />
        <SearchField label="Disabled" disabled defaultValue="x" />
      </div>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with its styles', async () => {
    const { html, css } = await expectAccessibleServerRender(<SearchField label="Search" defaultValue="laina" />);
    expect(html).toContain('type="search"');
    expect(html).toContain('Clear search');
    expect(css).toContain('var(--polku-color-border-strong)');
  });
});
