import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { LanguageMenu } from '../LanguageMenu';
import { PolkuProvider } from '../PolkuProvider';
import { ServiceHeader, type ServiceHeaderProps } from './ServiceHeader';

const navigation = [
  { label: 'Accounts', href: '/accounts', current: true },
  { label: 'Payments', href: '/payments' },
  { label: 'Loans', href: '/loans' },
];

function Page(props: Partial<ServiceHeaderProps>) {
  return (
    <>
      <ServiceHeader
        serviceName="Online bank"
        navigation={navigation}
        languageMenu={<LanguageMenu value="en" />}
        user={<button type="button">Log in</button>}
        {...props}
      />
      <main id="main">
        <h1>Accounts</h1>
      </main>
    </>
  );
}

/** The mobile menu button: jsdom applies no media queries, so it is found including hidden elements. */
const toggle = (name = 'Menu') => screen.getByRole('button', { name, hidden: true });

describe('ServiceHeader', () => {
  beforeEach(() => resetDevMessages());

  it('is a banner landmark with the home link, a named nav marking the current page, the language menu and user slot', () => {
    render(<Page homeHref="/home" logo={<svg aria-hidden="true" />} />);
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Online bank' })).toHaveAttribute('href', '/home');
    const nav = within(header).getByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getByRole('link', { name: 'Accounts' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Payments' })).not.toHaveAttribute('aria-current');
    expect(within(header).getByRole('button', { name: 'Language: English' })).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Log in' })).toBeInTheDocument();
  });

  it('the skip link is the first Tab stop and moves focus to the main content by id', async () => {
    const user = userEvent.setup();
    render(<Page mainId="content" />);
    document.querySelector('main')!.id = 'content';
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#content');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('the mobile menu button is a disclosure: aria-expanded, aria-controls the nav; Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const button = toggle();
    const nav = screen.getByRole('navigation');
    expect(button).toHaveAttribute('aria-controls', nav.id);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(nav).not.toHaveAttribute('data-open');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveAttribute('data-open');
    await user.tab();
    expect(within(nav).getByRole('link', { name: 'Accounts' })).toHaveFocus();
    await user.tab();
    expect(within(nav).getByRole('link', { name: 'Payments' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('traps nothing: Tab goes from the last link on to the page while the menu stays as it is', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Page />
        <a href="#after">After</a>
      </>,
    );
    toggle().focus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'After' })).toHaveFocus();
  });

  it('Escape inside the language menu closes only that menu', async () => {
    const user = userEvent.setup();
    render(<Page />);
    toggle().focus();
    await user.keyboard('{Enter}');
    const language = screen.getByRole('button', { name: 'Language: English' });
    language.focus();
    await user.keyboard('{ArrowDown}{Escape}');
    expect(language).toHaveFocus();
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
  });

  it('speaks Finnish and Swedish', () => {
    const { rerender } = render(
      <PolkuProvider locale="fi">
        <Page serviceName="Verkkopankki" languageMenu={<LanguageMenu value="fi" />} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Päävalikko' })).toBeInTheDocument();
    expect(toggle('Valikko')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Siirry pääsisältöön' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kieli: Suomi' })).toBeInTheDocument();
    rerender(
      <PolkuProvider locale="sv">
        <Page serviceName="Nätbanken" navigationLabel="Tjänster" />
      </PolkuProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Tjänster' })).toBeInTheDocument();
    expect(toggle('Meny')).toBeInTheDocument();
  });

  it('without navigation there is no nav and no menu button', () => {
    render(<ServiceHeader serviceName="Appointment booking" />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { hidden: true })).not.toBeInTheDocument();
  });

  it('forwards the ref and className to the header', () => {
    const ref = createRef<HTMLElement>();
    render(<ServiceHeader ref={ref} serviceName="Bank" className="mine" data-testid="h" />);
    expect(ref.current).toBe(screen.getByRole('banner'));
    expect(ref.current).toHaveClass('mine');
    expect(ref.current).toHaveAttribute('data-testid', 'h');
  });

  it('reports a missing service name and more than one current page in development', () => {
    const console = captureConsole();
    try {
      render(
        // @ts-expect-error: serviceName is required
        <ServiceHeader navigation={[{ label: 'A', href: '/a', current: true }, { label: 'B', href: '/b', current: true }]} />,
      );
      expect(console.errors().join('\n')).toMatch(/ServiceHeader: the "serviceName" prop is required/);
      expect(console.warnings().join('\n')).toMatch(/ServiceHeader: more than one navigation item has current: true/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations closed and open', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await expectNoAxeViolations();
    toggle().focus();
    await user.keyboard('{Enter}');
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with the breakpoint as a static media block', async () => {
    const { html, css } = await expectAccessibleServerRender(<Page />);
    expect(html).toContain('<header');
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('aria-expanded="false"');
    expect(css).toMatch(/@media \(max-width: ?48em\)/);
  });
});
