import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Breadcrumbs, type BreadcrumbItem } from './Breadcrumbs';

const items: BreadcrumbItem[] = [
  { label: 'Home', href: '/' },
  { label: 'Loans', href: '/loans' },
  { label: 'Mortgage', href: '/loans/mortgage' },
];

describe('Breadcrumbs', () => {
  beforeEach(() => resetDevMessages());

  it('is a labelled nav with an ordered list; the last item has aria-current="page"', () => {
    render(<Breadcrumbs items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Mortgage' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('renders a current page without href as text with aria-current', () => {
    render(<Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Profile' }]} />);
    expect(screen.getByText('Profile')).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('is traversed with Tab and activated with Enter', async () => {
    const user = userEvent.setup();
    let followed = '';
    render(
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/', linkProps: { onClick: (e) => { e.preventDefault(); followed = 'home'; } } },
          { label: 'Loans', href: '/loans' },
        ]}
      />,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Home' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(followed).toBe('home');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Loans' })).toHaveFocus();
  });

  it('is labelled in Finnish and Swedish', () => {
    render(
      <>
        <PolkuProvider locale="fi">
          <Breadcrumbs items={items} />
        </PolkuProvider>
        <PolkuProvider locale="sv">
          <Breadcrumbs items={items} />
        </PolkuProvider>
      </>,
    );
    expect(screen.getByRole('navigation', { name: 'Murupolku' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Brödsmulor' })).toBeInTheDocument();
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLElement>();
    render(<Breadcrumbs ref={ref} items={items} className="mine" />);
    expect(ref.current).toBe(screen.getByRole('navigation'));
    expect(ref.current).toHaveClass('mine');
  });

  it('reports an empty item label in development', () => {
    const console = captureConsole();
    try {
      render(<Breadcrumbs items={[{ label: '', href: '/' }]} />);
      expect(console.errors().join('\n')).toMatch(/Breadcrumbs: the "items\[0\]\.label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(<Breadcrumbs items={items} />);
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<Breadcrumbs items={items} />);
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('<ol');
  });
});
