import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Card } from './Card';

describe('Card', () => {
  beforeEach(() => resetDevMessages());

  it('is a raised container with an optional heading at the given level', () => {
    render(
      <Card heading="Kotivakuutus" headingLevel={3} footer="Päivitetty eilen" data-testid="c">
        <p>Voimassa 31.12. asti.</p>
      </Card>,
    );
    const card = screen.getByTestId('c');
    expect(card).toHaveAttribute('data-background', 'raised');
    expect(card).toHaveAttribute('data-padding', '5');
    expect(screen.getByRole('heading', { level: 3, name: 'Kotivakuutus' })).toBeInTheDocument();
    expect(screen.getByText('Päivitetty eilen')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('linked: exactly one link, the heading text, reached with Tab and followed with Enter', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    render(
      <Card as="article" heading="Book an appointment" headingLevel={2} href="/book" onClick={onClick}>
        <p>Meet us at a branch or by video.</p>
      </Card>,
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('Book an appointment');
    expect(links[0]).toHaveAttribute('href', '/book');
    expect(screen.getByRole('article')).toHaveAttribute('data-linked', '');
    await user.tab();
    expect(links[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('renders the element given by `as`, forwards the ref and passes className through', () => {
    const ref = createRef<HTMLElement>();
    render(
      <ul>
        <Card ref={ref} as="li" className="mine">
          Item
        </Card>
      </ul>,
    );
    expect(ref.current).toBe(screen.getByRole('listitem'));
    expect(ref.current).toHaveClass('mine');
  });

  it('reports a linked card without a heading, and a heading without a level', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: href needs a heading
      render(<Card href="/x">Body</Card>);
      expect(screen.queryByRole('link')).toBeNull();
      // @ts-expect-error: heading needs headingLevel
      render(<Card heading="Title">Body</Card>);
      const errors = console.errors().join('\n');
      expect(errors).toMatch(/Card: a linked card \("href"\) needs a "heading"/);
      expect(errors).toMatch(/Card: the "headingLevel" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(
      <div>
        <Card heading="Plain" headingLevel={2}>
          Text
        </Card>
        <Card heading="Linked" headingLevel={2} href="/linked">
          Text
        </Card>
      </div>,
    );
    await expectNoAxeViolations();
    const { html, css } = await expectAccessibleServerRender(
      <Card heading="Linked" headingLevel={2} href="/linked">
        Text
      </Card>,
    );
    expect(html).toContain('href="/linked"');
    expect(css).toContain('inset:0');
  });
});
