export { LanguageMenu, languageName } from './LanguageMenu';
export type { LanguageMenuProps, LanguageMenuOwnProps, LanguageOption } from './LanguageMenu';
export { languageMenuMessages } from './LanguageMenu.messages';
