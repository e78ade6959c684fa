import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Badge, badgeTones } from './Badge';

describe('Badge', () => {
  beforeEach(() => resetDevMessages());

  it('shows its text with the tone as a data attribute, neutral by default', () => {
    render(
      <>
        <Badge>Luonnos</Badge>
        <Badge tone="success">Lähetetty</Badge>
      </>,
    );
    expect(screen.getByText('Luonnos')).toHaveAttribute('data-tone', 'neutral');
    expect(screen.getByText('Lähetetty')).toHaveAttribute('data-tone', 'success');
  });

  it('adds a decorative tone icon on request, never for neutral', () => {
    render(
      <>
        <Badge tone="error" icon>
          Failed
        </Badge>
        <Badge tone="neutral" icon>
          Draft
        </Badge>
      </>,
    );
    const icon = screen.getByText('Failed').querySelector('svg')!;
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon).toHaveAttribute('data-icon', 'error');
    expect(screen.getByText('Draft').querySelector('svg')).toBeNull();
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <Badge ref={ref} className="mine">
        New
      </Badge>,
    );
    expect(ref.current).toBe(screen.getByText('New'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns on an unknown tone and reports missing text', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown tone
      render(<Badge tone="purple">Odd</Badge>);
      expect(screen.getByText('Odd')).toHaveAttribute('data-tone', 'neutral');
      expect(console.warnings().join('\n')).toMatch(/Badge: unknown tone "purple"/);
      // @ts-expect-error: text is required
      render(<Badge tone="info" />);
      expect(console.errors().join('\n')).toMatch(/Badge: the "children" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in any tone and server-renders', async () => {
    render(
      <p>
        {badgeTones.map((tone) => (
          <Badge key={tone} tone={tone} icon>
            {tone}
          </Badge>
        ))}
      </p>,
    );
    await expectNoAxeViolations();
    const { css } = await expectAccessibleServerRender(<Badge tone="warning">Odottaa</Badge>);
    expect(css).toContain('var(--polku-color-feedback-warning-background)');
  });
});
