import { defineMessages } from '../i18n/messages';

export const errorSummaryMessages = /* @__PURE__ */ defineMessages({
  en: { 'errorSummary.title': 'There is a problem' },
  fi: { 'errorSummary.title': 'Tarkista seuraavat kohdat' },
  sv: { 'errorSummary.title': 'Kontrollera följande' },
});
