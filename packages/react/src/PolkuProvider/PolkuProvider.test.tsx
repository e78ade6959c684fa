import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender } from '@polku/test-utils';
import { defineMessages } from '../i18n';
import { PolkuProvider } from './PolkuProvider';
import { useEmitEvent, useMessages } from './context';

const catalog = defineMessages({
  en: { greeting: 'Hello {name}', left: { one: '{count} character left', other: '{count} characters left' } },
  fi: { greeting: 'Hei {name}', left: { one: '{count} merkki jäljellä', other: '{count} merkkiä jäljellä' } },
  sv: { greeting: 'Hej {name}', left: { one: '{count} tecken kvar', other: '{count} tecken kvar' } },
});

function Greeting({ count = 1 }: { count?: number }) {
  const t = useMessages(catalog);
  return (
    <p>
      {t('greeting', { name: 'Aino' })} / {t('left', { count })}
    </p>
  );
}

describe('PolkuProvider', () => {
  it('works without a provider: English strings', () => {
    render(<Greeting />);
    expect(screen.getByText('Hello Aino / 1 character left')).toBeInTheDocument();
  });

  it('sets theme, brand and lang attributes and translates with plurals', () => {
    const { container } = render(
      <PolkuProvider theme="dark" brand="kotiseutu" locale="fi">
        <Greeting count={1200} />
      </PolkuProvider>,
    );
    const wrapper = container.firstElementChild!;
    expect(wrapper).toHaveAttribute('data-polku-theme', 'dark');
    expect(wrapper).toHaveAttribute('data-polku-brand', 'kotiseutu');
    expect(wrapper).toHaveAttribute('lang', 'fi');
    // Intl.NumberFormat groups thousands with a no-break space in Finnish.
    expect(wrapper.textContent).toBe('Hei Aino / 1\u00a0200 merkkiä jäljellä');
  });

  it('is a real box (it paints its theme) and inherits theme and brand when they are omitted', () => {
    const { container } = render(
      <div data-polku-theme="dark" data-polku-brand="kotiseutu">
        <PolkuProvider locale="sv">
          <Greeting />
        </PolkuProvider>
      </div>,
    );
    const wrapper = container.firstElementChild!.firstElementChild!;
    expect(wrapper.tagName).toBe('DIV');
    expect(getComputedStyle(wrapper).display).toBe('block');
    // No attribute of its own: the ancestor's dark × kotiseutu applies inside (an explicit light would override it).
    expect(wrapper).not.toHaveAttribute('data-polku-theme');
    expect(wrapper).not.toHaveAttribute('data-polku-brand');
    expect(wrapper.closest('[data-polku-theme]')).toHaveAttribute('data-polku-theme', 'dark');
  });

  it('applies message overrides per locale and message id', () => {
    render(
      <PolkuProvider locale="sv" messages={{ sv: { greeting: 'Tjena {name}' } }}>
        <Greeting count={2} />
      </PolkuProvider>,
    );
    expect(screen.getByText('Tjena Aino / 2 tecken kvar')).toBeInTheDocument();
  });

  it('passes events to onCxEvent with a timestamp', () => {
    const onCxEvent = vi.fn();
    function Emitter() {
      const emit = useEmitEvent();
      return (
        <button type="button" onClick={() => emit({ type: 'test.clicked', value: 3 })}>
          Emit
        </button>
      );
    }
    render(
      <PolkuProvider onCxEvent={onCxEvent}>
        <Emitter />
      </PolkuProvider>,
    );
    screen.getByRole('button').click();
    expect(onCxEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'test.clicked', value: 3, at: expect.any(String) }));
  });

  it('warns on an unknown theme and falls back to light', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown theme
      const { container } = render(<PolkuProvider theme="sepia" />);
      expect(container.firstElementChild).toHaveAttribute('data-polku-theme', 'light');
      expect(console.warnings().join()).toMatch(/PolkuProvider: unknown theme "sepia"/);
    } finally {
      console.restore();
    }
  });

  it('server-renders', async () => {
    const { html } = await expectAccessibleServerRender(
      <PolkuProvider locale="sv">
        <Greeting />
      </PolkuProvider>,
    );
    expect(html).toContain('lang="sv"');
    // No inline style attribute: a nonce-based style-src CSP would block it.
    expect(html).not.toContain('style=');
    expect(html).toContain('Hej Aino');
  });
});
