import { defineMessages } from '../i18n';

export const linkMessages = /* @__PURE__ */ defineMessages({
  en: { 'link.opensInNewTab': 'opens in a new tab' },
  fi: { 'link.opensInNewTab': 'avautuu uuteen välilehteen' },
  sv: { 'link.opensInNewTab': 'öppnas i en ny flik' },
});
