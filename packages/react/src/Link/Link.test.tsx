import { createRef, type AnchorHTMLAttributes, type Ref } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { PolkuProvider } from '../PolkuProvider';
import { resetDevMessages } from '../internal';
import { Link } from './Link';

describe('Link', () => {
  beforeEach(() => resetDevMessages());

  it('is a link named by its text, in the same tab by default', () => {
    render(<Link href="/hours">Opening hours</Link>);
    const link = screen.getByRole('link', { name: 'Opening hours' });
    expect(link).toHaveAttribute('href', '/hours');
    expect(link).not.toHaveAttribute('target');
    expect(link).not.toHaveAttribute('rel');
    expect(link.querySelector('svg')).toBeNull();
  });

  it('external: new tab, safe rel, a hidden icon and the announcement in English', () => {
    render(
      <Link href="https://example.org/tax" external rel="external">
        Tax guide
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Tax guide (opens in a new tab)' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')!.split(' ').sort()).toEqual(['external', 'noopener', 'noreferrer']);
    expect(link.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('announces the new tab in Finnish and Swedish', () => {
    render(
      <>
        <PolkuProvider locale="fi">
          <Link href="https://example.org" external>
            Verohallinto
          </Link>
        </PolkuProvider>
        <PolkuProvider locale="sv">
          <Link href="https://example.org" external>
            Skatteförvaltningen
          </Link>
        </PolkuProvider>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Verohallinto (avautuu uuteen välilehteen)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skatteförvaltningen (öppnas i en ny flik)' })).toBeInTheDocument();
  });

  it('follows with Enter from the keyboard', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    render(
      <Link href="/next" onClick={onClick} standalone>
        Next step
      </Link>,
    );
    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('renders another component with `as`, forwards the ref and passes className through', () => {
    const ref = createRef<HTMLAnchorElement>();
    function RouterLink({ children, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }) {
      return (
        <a data-router="" {...props}>
          {children}
        </a>
      );
    }
    render(
      <Link ref={ref} as={RouterLink} href="/a" className="mine">
        Routed
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Routed' });
    expect(link).toHaveAttribute('data-router');
    expect(link).toHaveClass('mine');
    expect(ref.current).toBe(link);
  });

  it('reports an empty href in development', () => {
    const console = captureConsole();
    try {
      render(<Link href="">Nowhere</Link>);
      expect(console.errors().join('\n')).toMatch(/Link: the "href" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(
      <p>
        Read the <Link href="/terms">terms</Link> or the{' '}
        <Link href="https://example.org" external>
          guide
        </Link>
        .
      </p>,
    );
    await expectNoAxeViolations();
    const { html, css } = await expectAccessibleServerRender(
      <Link href="https://example.org" external>
        Guide
      </Link>,
    );
    expect(html).toContain('target="_blank"');
    expect(html).toContain('opens in a new tab');
    expect(css).toContain('var(--polku-color-text-link-visited)');
  });
});
