import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Icon } from './Icon';
import { iconNames } from './icons';

describe('Icon', () => {
  beforeEach(() => resetDevMessages());

  it('is decorative by default: aria-hidden, not focusable, drawn in currentColor', () => {
    const { container } = render(<Icon name="chat" />);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg).not.toHaveAttribute('role');
    expect(svg).toHaveAttribute('data-size', 'm');
    expect(svg).toHaveAttribute('data-icon', 'chat');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('with a label is an image named by the label', () => {
    render(<Icon name="warning" label="Warning" size="l" />);
    const img = screen.getByRole('img', { name: 'Warning' });
    expect(img).not.toHaveAttribute('aria-hidden');
    expect(img).toHaveAttribute('data-size', 'l');
  });

  it('ships the whole set, each with a drawing', () => {
    expect(iconNames.length).toBeGreaterThanOrEqual(25);
    const { container } = render(
      <div>
        {iconNames.map((name) => (
          <Icon key={name} name={name} />
        ))}
      </div>,
    );
    const svgs = container.querySelectorAll('svg');
    expect(svgs).toHaveLength(iconNames.length);
    svgs.forEach((svg) => expect(svg.childElementCount).toBeGreaterThan(0));
  });

  it('forwards the ref and passes className and attributes through', () => {
    const ref = createRef<SVGSVGElement>();
    const { container } = render(<Icon ref={ref} name="star" className="mine" data-testid="i" />);
    const svg = container.querySelector('svg')!;
    expect(ref.current).toBe(svg);
    expect(svg).toHaveClass('mine');
    expect(svg).toHaveAttribute('data-testid', 'i');
  });

  it('warns and falls back on an unknown size or name', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown size
      const { container } = render(<Icon name="star" size="xl" />);
      expect(container.querySelector('svg')).toHaveAttribute('data-size', 'm');
      expect(console.warnings().join('\n')).toMatch(/Icon: unknown size "xl"/);
      // @ts-expect-error: unknown name
      render(<Icon name="rocket" />);
      expect(console.warnings().join('\n')).toMatch(/Icon: unknown name "rocket"/);
    } finally {
      console.restore();
    }
  });

  it('reports a meaningful icon without a label in development', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: decorative={false} requires a label
      render(<Icon name="error" decorative={false} />);
      expect(console.errors().join('\n')).toMatch(/Icon: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations decorative or labelled, and server-renders', async () => {
    render(
      <p>
        <Icon name="info" /> Opening hours <Icon name="error" label="Error" />
      </p>,
    );
    await expectNoAxeViolations();
    const { html, css } = await expectAccessibleServerRender(<Icon name="success" label="Done" size="s" />);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Done"');
    expect(css).toContain('var(--polku-size-icon-s)');
  });
});
