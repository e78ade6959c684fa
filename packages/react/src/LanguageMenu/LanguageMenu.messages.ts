import { defineMessages } from '../i18n/messages';

export const languageMenuMessages = /* @__PURE__ */ defineMessages({
  en: { 'languageMenu.label': 'Language' },
  fi: { 'languageMenu.label': 'Kieli' },
  sv: { 'languageMenu.label': 'Språk' },
});
