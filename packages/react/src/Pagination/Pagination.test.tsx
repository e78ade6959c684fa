import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Pagination } from './Pagination';
import { pageRange } from './pageRange';

describe('pageRange', () => {
  it('shows first, last, neighbours and ellipses only for gaps of two or more', () => {
    expect(pageRange(1, 10, 1)).toEqual([1, 2, 3, 4, 'ellipsis-end', 10]);
    expect(pageRange(5, 10, 1)).toEqual([1, 'ellipsis-start', 4, 5, 6, 'ellipsis-end', 10]);
    expect(pageRange(10, 10, 1)).toEqual([1, 'ellipsis-start', 7, 8, 9, 10]);
    expect(pageRange(4, 7, 1)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageRange(1, 1, 1)).toEqual([1]);
    expect(pageRange(2, 2, 1)).toEqual([1, 2]);
  });
});

describe('Pagination', () => {
  beforeEach(() => resetDevMessages());

  it('is a labelled nav; pages are named "Page n of total" and the current one has aria-current', () => {
    render(<Pagination totalPages={10} defaultPage={3} />);
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    const current = screen.getByRole('button', { name: 'Page 3 of 10' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(current).toHaveTextContent('3');
    expect(screen.getByRole('button', { name: 'Page 10 of 10' })).not.toHaveAttribute('aria-current');
    expect(screen.getByText('…')).toHaveAttribute('aria-hidden', 'true');
  });

  it('disables Previous on the first page and Next on the last', () => {
    const { rerender } = render(<Pagination totalPages={3} page={1} />);
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
    rerender(<Pagination totalPages={3} page={3} />);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('moves with Tab and activates with Enter and Space (uncontrolled)', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<Pagination totalPages={10} onPageChange={onPageChange} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Page 1 of 10' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Page 2 of 10' })).toHaveAttribute('aria-current', 'page');
    for (let i = 0; i < 4; i += 1) await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Page 3 of 10' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(onPageChange.mock.calls.map(([page]) => page)).toEqual([2, 3]);
  });

  it('works controlled and with links', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [page, setPage] = useState(5);
      return (
        <Pagination
          totalPages={10}
          page={page}
          getHref={(p) => `?page=${p}`}
          onPageChange={(p, event) => {
            event.preventDefault();
            setPage(p);
          }}
        />
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('link', { name: 'Page 4 of 10' })).toHaveAttribute('href', '?page=4');
    await user.click(screen.getByRole('link', { name: 'Previous' }));
    expect(screen.getByRole('link', { name: 'Page 4 of 10' })).toHaveAttribute('aria-current', 'page');
  });

  it('renders disabled link ends as non-focusable links', () => {
    render(<Pagination totalPages={2} getHref={(p) => `?page=${p}`} />);
    const previous = screen.getByRole('link', { name: 'Previous' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(previous).not.toHaveAttribute('href');
  });

  it('speaks Finnish and Swedish', () => {
    render(
      <>
        <PolkuProvider locale="fi">
          <Pagination totalPages={10} defaultPage={3} />
        </PolkuProvider>
        <PolkuProvider locale="sv">
          <Pagination totalPages={10} defaultPage={3} />
        </PolkuProvider>
      </>,
    );
    expect(screen.getByRole('navigation', { name: 'Sivutus' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sivu 3, yhteensä 10' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edellinen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sida 3 av 10' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nästa' })).toBeInTheDocument();
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLElement>();
    render(<Pagination ref={ref} totalPages={3} className="mine" />);
    expect(ref.current).toBe(screen.getByRole('navigation'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns on an invalid totalPages and shows one page', () => {
    const console = captureConsole();
    try {
      render(<Pagination totalPages={0} />);
      expect(console.warnings().join('\n')).toMatch(/Pagination: prop `totalPages` must be a whole number of at least 1 \(got 0\); using 1\./);
      expect(screen.getByRole('button', { name: 'Page 1 of 1' })).toBeInTheDocument();
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(
      <>
        <Pagination totalPages={20} defaultPage={10} />
        <Pagination totalPages={5} getHref={(p) => `?p=${p}`} label="Results pages" />
      </>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<Pagination totalPages={10} page={3} getHref={(p) => `?p=${p}`} />);
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('aria-label="Page 3 of 10"');
  });
});
