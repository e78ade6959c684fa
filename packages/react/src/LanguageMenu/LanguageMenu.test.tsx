import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { LanguageMenu, languageName } from './LanguageMenu';

describe('LanguageMenu', () => {
  beforeEach(() => resetDevMessages());

  it('names the button "Kieli: Suomi" in Finnish and "Språk: Svenska" in Swedish; the visible text is the language', () => {
    const { rerender } = render(
      <PolkuProvider locale="fi">
        <LanguageMenu value="fi" />
      </PolkuProvider>,
    );
    const button = screen.getByRole('button', { name: 'Kieli: Suomi' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(within(button).getByText('Suomi')).toHaveAttribute('lang', 'fi');
    rerender(
      <PolkuProvider locale="sv">
        <LanguageMenu value="sv" />
      </PolkuProvider>,
    );
    expect(screen.getByRole('button', { name: 'Språk: Svenska' })).toBeInTheDocument();
  });

  it('lists each language in itself with lang, the current one checked (menuitemradio)', async () => {
    const user = userEvent.setup();
    render(<LanguageMenu value="sv" />);
    await user.click(screen.getByRole('button', { name: 'Language: Svenska' }));
    const items = screen.getAllByRole('menuitemradio');
    expect(items.map((item) => [item.textContent, item.getAttribute('lang'), item.getAttribute('aria-checked')])).toEqual([
      ['Suomi', 'fi', 'false'],
      ['Svenska', 'sv', 'true'],
      ['English', 'en', 'false'],
    ]);
    expect(screen.getByRole('menu', { name: 'Language: Svenska' })).toBeInTheDocument();
  });

  it('switches with the keyboard: onChange gets the code, focus returns to the button', async () => {
    const user = userEvent.setup();
    function Switcher() {
      const [language, setLanguage] = useState('fi');
      return <LanguageMenu value={language} onChange={setLanguage} />;
    }
    render(<Switcher />);
    screen.getByRole('button').focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemradio', { name: 'Suomi' })).toHaveFocus();
    await user.keyboard('e{Enter}');
    const button = screen.getByRole('button', { name: 'Language: English' });
    expect(button).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemradio', { name: 'English' })).toHaveAttribute('aria-checked', 'true');
  });

  it('link items carry href and hreflang; options may name themselves and list other languages', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <LanguageMenu
        value="fi"
        onChange={onChange}
        languages={[
          { code: 'fi', href: '/fi/laina' },
          { code: 'sv', href: '/sv/lan' },
          { code: 'se', name: 'Sámegiella', href: '/se/loatna' },
        ]}
      />,
    );
    await user.click(screen.getByRole('button'));
    const sv = screen.getByRole('menuitemradio', { name: 'Svenska' });
    expect(sv.tagName).toBe('A');
    expect(sv).toHaveAttribute('href', '/sv/lan');
    expect(sv).toHaveAttribute('hreflang', 'sv');
    expect(sv).toHaveAttribute('lang', 'sv');
    expect(screen.getByRole('menuitemradio', { name: 'Sámegiella' })).toHaveAttribute('hreflang', 'se');
    sv.addEventListener('click', (event) => event.preventDefault());
    await user.click(sv);
    expect(onChange).toHaveBeenCalledWith('sv');
  });

  it('names languages through Intl.DisplayNames, capitalised', () => {
    expect(['fi', 'sv', 'en', 'et'].map(languageName)).toEqual(['Suomi', 'Svenska', 'English', 'Eesti']);
  });

  it('forwards the ref and className to the button', () => {
    const ref = createRef<HTMLButtonElement>();
    render(<LanguageMenu ref={ref} value="en" className="mine" />);
    expect(ref.current).toBe(screen.getByRole('button'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns about a value that is not one of the languages and shows the first', () => {
    const console = captureConsole();
    try {
      render(<LanguageMenu value="de" />);
      expect(console.warnings().join('\n')).toMatch(/LanguageMenu: unknown value "de"; expected one of fi, sv, en/);
      expect(screen.getByRole('button', { name: 'Language: Suomi' })).toBeInTheDocument();
    } finally {
      console.restore();
    }
  });

  it('has no axe violations open, and server-renders', async () => {
    const user = userEvent.setup();
    render(<LanguageMenu value="fi" languages={[{ code: 'fi', href: '/fi' }, { code: 'sv', href: '/sv' }, 'en']} />);
    await user.click(screen.getByRole('button'));
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(
      <PolkuProvider locale="fi">
        <LanguageMenu value="fi" />
      </PolkuProvider>,
    );
    expect(html).toContain('Kieli:');
    expect(html).toContain('lang="sv"');
  });
});
