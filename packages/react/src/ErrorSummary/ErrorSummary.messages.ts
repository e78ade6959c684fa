import { defineMessages } from '../i18n/messages';

export const errorSummaryMessages = defineMessages({
  en: { 'errorSummary.title': 'There is a problem' },
  fi: { 'errorSummary.title': 'Tarkista seuraavat kohdat' },
  sv: { 'errorSummary.title': 'Kontrollera följande' },
});
