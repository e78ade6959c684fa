import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { spaceRules, spaceScale } from '../internal/polku-space';
import { Stack } from './Stack';

describe('Stack', () => {
  beforeEach(() => resetDevMessages());

  it('maps gap and align to data attributes, default gap 4', () => {
    render(
      <>
        <Stack data-testid="a">
          <p>One</p>
        </Stack>
        <Stack data-testid="b" gap={7} align="center">
          <p>Two</p>
        </Stack>
      </>,
    );
    expect(screen.getByTestId('a')).toHaveAttribute('data-gap', '4');
    expect(screen.getByTestId('a')).toHaveAttribute('data-align', 'stretch');
    expect(screen.getByTestId('b')).toHaveAttribute('data-gap', '7');
    expect(screen.getByTestId('b')).toHaveAttribute('data-align', 'center');
  });

  it('keeps list semantics with as="ul"', () => {
    render(
      <Stack as="ul" gap={2}>
        <li>First</li>
        <li>Second</li>
      </Stack>,
    );
    expect(screen.getByRole('list')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('types and renders as="form" as a form: onSubmit, action, noValidate', () => {
    const submitted: string[] = [];
    render(
      <Stack
        as="form"
        action="/search"
        method="get"
        noValidate
        aria-label="Search"
        onSubmit={(event) => {
          event.preventDefault();
          submitted.push(event.currentTarget.action);
        }}
      >
        <button type="submit">Search</button>
      </Stack>,
    );
    const form = screen.getByRole('form', { name: 'Search' });
    expect(form).toHaveAttribute('novalidate');
    screen.getByRole('button', { name: 'Search' }).click();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatch(/\/search$/);
    // @ts-expect-error: a div takes no `action`; only as="form" does
    render(<Stack action="/nowhere" />);
  });

  it('warns and renders a div for an unknown element', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: button is not a Stack element
      render(<Stack as="button" data-testid="s" />);
      expect(screen.getByTestId('s').tagName).toBe('DIV');
      expect(console.warnings().join('\n')).toMatch(/Stack: unknown as "button"/);
    } finally {
      console.restore();
    }
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLElement>();
    render(<Stack ref={ref} className="mine" data-testid="s" />);
    expect(ref.current).toBe(screen.getByTestId('s'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns and falls back on an off-scale gap', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: 13 is not on the spacing scale
      render(<Stack gap={13} data-testid="s" />);
      expect(screen.getByTestId('s')).toHaveAttribute('data-gap', '4');
      expect(console.warnings().join('\n')).toMatch(/Stack: unknown gap "13"/);
    } finally {
      console.restore();
    }
  });

  it('generates one static block per step of the scale', () => {
    const rules = spaceRules('gap', ['gap']);
    for (const step of spaceScale) expect(rules).toContain(`&[data-gap='${step}'] { gap: var(--polku-space-${step}); }`);
  });

  it('has no axe violations and server-renders every gap block once', async () => {
    render(
      <Stack>
        <p>One</p>
        <p>Two</p>
      </Stack>,
    );
    await expectNoAxeViolations();
    const { html, css } = await expectAccessibleServerRender(
      <Stack gap={3}>
        <p>Yksi</p>
      </Stack>,
    );
    expect(html).toContain('data-gap="3"');
    expect(css).toContain('[data-gap=\'9\']{gap:var(--polku-space-9);}');
  });
});
