import { defineMessages } from '../i18n/messages';

export const dialogMessages = defineMessages({
  en: { 'dialog.close': 'Close' },
  fi: { 'dialog.close': 'Sulje' },
  sv: { 'dialog.close': 'Stäng' },
});
