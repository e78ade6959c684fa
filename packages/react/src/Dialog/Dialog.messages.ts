import { defineMessages } from '../i18n/messages';

export const dialogMessages = /* @__PURE__ */ defineMessages({
  en: { 'dialog.close': 'Close' },
  fi: { 'dialog.close': 'Sulje' },
  sv: { 'dialog.close': 'Stäng' },
});
