import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations, activateByClickEnterAndSpace } from '@polku/test-utils';
import { PolkuProvider } from '../PolkuProvider';
import { resetDevMessages } from '../internal';
import { Tag } from './Tag';

describe('Tag', () => {
  beforeEach(() => resetDevMessages());

  it('shows its text and no button unless removable', () => {
    render(<Tag>Helsinki</Tag>);
    expect(screen.getByText('Helsinki')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('removable: a button named "Remove {label}", activated by click, Enter and Space', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    render(<Tag onRemove={onRemove}>Helsinki</Tag>);
    const button = screen.getByRole('button', { name: 'Remove Helsinki' });
    expect(button.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    await activateByClickEnterAndSpace(user, button);
    expect(onRemove).toHaveBeenCalledTimes(3);
  });

  it('names the remove button in Finnish and Swedish, or by removeLabel', () => {
    render(
      <>
        <PolkuProvider locale="fi">
          <Tag onRemove={() => {}}>Tampere</Tag>
        </PolkuProvider>
        <PolkuProvider locale="sv">
          <Tag onRemove={() => {}}>Åbo</Tag>
        </PolkuProvider>
        <Tag onRemove={() => {}} removeLabel="Clear filter: Oulu">
          Oulu
        </Tag>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Poista Tampere' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ta bort Åbo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filter: Oulu' })).toBeInTheDocument();
  });

  it('a disabled tag cannot be removed', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    render(
      <Tag onRemove={onRemove} disabled>
        Espoo
      </Tag>,
    );
    await user.click(screen.getByRole('button', { name: 'Remove Espoo' }));
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <Tag ref={ref} className="mine" data-testid="t">
        Vantaa
      </Tag>,
    );
    expect(ref.current).toBe(screen.getByTestId('t'));
    expect(ref.current).toHaveClass('mine');
  });

  it('reports empty text in development', () => {
    const console = captureConsole();
    try {
      render(<Tag onRemove={() => {}}>{''}</Tag>);
      expect(console.errors().join('\n')).toMatch(/Tag: the "children" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(
      <ul>
        <li>
          <Tag>Static</Tag>
        </li>
        <li>
          <Tag onRemove={() => {}}>Removable</Tag>
        </li>
      </ul>,
    );
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(<Tag onRemove={() => {}}>Kuopio</Tag>);
    expect(html).toContain('aria-label="Remove Kuopio"');
  });
});
