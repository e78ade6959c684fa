import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Heading, headingLevels } from './Heading';

describe('Heading', () => {
  beforeEach(() => resetDevMessages());

  it('renders the element of its level with the default size for that level', () => {
    render(
      <>
        {headingLevels.map((level) => (
          <Heading key={level} level={level}>
            Level {level}
          </Heading>
        ))}
      </>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('data-size', '3xl');
    expect(screen.getByRole('heading', { level: 3 }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { level: 6 })).toHaveAttribute('data-size', 's');
  });

  it('keeps size separate from level', () => {
    render(
      <Heading level={2} size="m">
        Tulevat ajanvaraukset
      </Heading>,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'Tulevat ajanvaraukset' });
    expect(heading).toHaveAttribute('data-size', 'm');
  });

  it('forwards the ref and passes className and id through', () => {
    const ref = createRef<HTMLHeadingElement>();
    render(
      <Heading ref={ref} level={2} className="mine" id="h">
        Title
      </Heading>,
    );
    expect(ref.current).toBe(screen.getByRole('heading'));
    expect(ref.current).toHaveClass('mine');
    expect(ref.current).toHaveAttribute('id', 'h');
  });

  it('reports a missing level and warns on an unknown level or size', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: level is required
      render(<Heading>No level</Heading>);
      expect(screen.getByRole('heading', { level: 2, name: 'No level' })).toBeInTheDocument();
      expect(console.errors().join('\n')).toMatch(/Heading: the "level" prop is required/);
      // @ts-expect-error: level 7 does not exist
      render(<Heading level={7}>Seven</Heading>);
      expect(screen.getByRole('heading', { name: 'Seven' }).tagName).toBe('H2');
      expect(console.warnings().join('\n')).toMatch(/Heading: unknown level "7"/);
      // @ts-expect-error: unknown size
      render(<Heading level={3} size="huge">Huge</Heading>);
      expect(screen.getByRole('heading', { name: 'Huge' })).toHaveAttribute('data-size', 'xl');
      expect(console.warnings().join('\n')).toMatch(/Heading: unknown size "huge"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(
      <>
        <Heading level={1}>Page</Heading>
        <Heading level={2}>Section</Heading>
      </>,
    );
    await expectNoAxeViolations();
    const { html, css } = await expectAccessibleServerRender(
      <Heading level={2} size="xl">
        Section
      </Heading>,
    );
    expect(html).toMatch(/<h2[^>]*data-size="xl"/);
    expect(css).toContain('var(--polku-font-size-xl)');
  });
});
