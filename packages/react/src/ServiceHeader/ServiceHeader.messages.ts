import { defineMessages } from '../i18n/messages';

export const serviceHeaderMessages = /* @__PURE__ */ defineMessages({
  en: { 'serviceHeader.navigation': 'Main menu', 'serviceHeader.menu': 'Menu' },
  fi: { 'serviceHeader.navigation': 'Päävalikko', 'serviceHeader.menu': 'Valikko' },
  sv: { 'serviceHeader.navigation': 'Huvudmeny', 'serviceHeader.menu': 'Meny' },
});
