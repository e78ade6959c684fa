import { defineMessages } from '../i18n/messages';

export const popoverMessages = /* @__PURE__ */ defineMessages({
  en: { 'popover.close': 'Close' },
  fi: { 'popover.close': 'Sulje' },
  sv: { 'popover.close': 'Stäng' },
});
