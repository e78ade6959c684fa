import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { PolkuProvider } from '../PolkuProvider';
import { SkipLink } from './SkipLink';

function Page({ locale = 'en' as const }: { locale?: 'en' | 'fi' | 'sv' }) {
  return (
    <PolkuProvider locale={locale}>
      <SkipLink />
      <nav aria-label="Site">
        <a href="/a">A</a>
      </nav>
      <main id="main">
        <h1>Title</h1>
        <a href="/inside">Inside</a>
      </main>
    </PolkuProvider>
  );
}

describe('SkipLink', () => {
  it('is the first Tab stop, points to #main and is shown on focus', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const link = screen.getByRole('link', { name: 'Skip to main content' });
    expect(link).toHaveAttribute('href', '#main');
    expect(link.parentElement).toHaveAttribute('data-focusable', '');
    await user.tab();
    expect(link).toHaveFocus();
  });

  it('moves focus to the target on Enter, so the next Tab continues inside it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.tab();
    await user.keyboard('{Enter}');
    const main = screen.getByRole('main');
    expect(main).toHaveFocus();
    expect(main).toHaveAttribute('tabindex', '-1');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Inside' })).toHaveFocus();
  });

  it('speaks Finnish and Swedish', () => {
    render(
      <>
        <Page locale="fi" />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Siirry pääsisältöön' })).toBeInTheDocument();
    render(<SkipLink href="#content">Hoppa till innehållet</SkipLink>);
    expect(screen.getByRole('link', { name: 'Hoppa till innehållet' })).toHaveAttribute('href', '#content');
  });

  it('forwards the ref to the link and passes className through', () => {
    const ref = createRef<HTMLAnchorElement>();
    render(<SkipLink ref={ref} className="mine" />);
    expect(ref.current).toBe(screen.getByRole('link'));
    expect(ref.current).toHaveClass('mine');
  });

  it('has no axe violations and server-renders', async () => {
    render(<Page />);
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(
      <PolkuProvider locale="sv">
        <SkipLink />
      </PolkuProvider>,
    );
    expect(html).toContain('Hoppa till huvudinnehållet');
  });
});
