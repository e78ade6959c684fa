import { forwardRef } from 'react';
import { oneOf } from '../internal';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';
import { MenuButton, MenuItem, type MenuButtonProps } from '../Menu';
import { useMessages } from '../PolkuProvider/context';
import { languageMenuMessages } from './LanguageMenu.messages';

/** One language of the menu. */
export interface LanguageOption {
  /** BCP 47 language code: `fi`, `sv`, `en`, `se`… It becomes the item's `lang` (and `hreflang` for links). */
  code: string;
  /** The language's name in itself ("Suomi"). Default: `Intl.DisplayNames` in that language, capitalised. */
  name?: string;
  /** The address of this page in that language; makes the item a link with `hreflang`. */
  href?: string;
}

export interface LanguageMenuOwnProps {
  /** The code of the current language; it is shown on the button and checked in the menu. */
  value: string;
  /** The languages offered, as codes or options. Default `['fi', 'sv', 'en']`. */
  languages?: readonly (string | LanguageOption)[];
  /** Called with the chosen language's code (also for link items, before the link is followed). */
  onChange?: (code: string) => void;
}

export type LanguageMenuProps = LanguageMenuOwnProps &
  Omit<MenuButtonProps, keyof LanguageMenuOwnProps | 'label' | 'children' | 'onChange'>;

const defaultLanguages = ['fi', 'sv', 'en'] as const;

/** A language's name in that language, capitalised as a menu item ("suomi" becomes "Suomi"). */
export function languageName(code: string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    // an invalid code: show it as given
  }
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/**
 * A menu button that switches the service language. Each language is named in itself and marked with `lang`
 * (`hreflang` too when it is a link); the current one is the checked `menuitemradio`. The button reads
 * "Kieli: Suomi" ("Language: English"): the word "Language" in the active locale, visible text the current language.
 */
export const LanguageMenu = forwardRef<HTMLButtonElement, LanguageMenuProps>(function LanguageMenu(props, ref) {
  const { value, languages = defaultLanguages, onChange, ...rest } = props;
  const t = useMessages(languageMenuMessages);
  const options = languages.map((language) => (typeof language === 'string' ? { code: language } : language));
  const codes = options.map((option) => option.code);
  const current = oneOf('LanguageMenu', 'value', value, codes, codes[0] ?? 'fi');
  const nameOf = (option: LanguageOption) => option.name ?? languageName(option.code);
  const currentOption = options.find((option) => option.code === current) ?? { code: current };

  return (
    <MenuButton
      {...rest}
      ref={ref}
      label={
        <>
          <VisuallyHiddenText>{`${t('languageMenu.label')}:`}</VisuallyHiddenText>{' '}
          <span lang={current}>{nameOf(currentOption)}</span>
        </>
      }
    >
      {options.map((option) => (
        <MenuItem
          key={option.code}
          checked={option.code === current}
          lang={option.code}
          href={option.href}
          hrefLang={option.href ? option.code : undefined}
          onSelect={() => onChange?.(option.code)}
        >
          {nameOf(option)}
        </MenuItem>
      ))}
    </MenuButton>
  );
});
