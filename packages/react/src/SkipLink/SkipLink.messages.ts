import { defineMessages } from '../i18n';

export const skipLinkMessages = /* @__PURE__ */ defineMessages({
  en: { 'skipLink.toMain': 'Skip to main content' },
  fi: { 'skipLink.toMain': 'Siirry pääsisältöön' },
  sv: { 'skipLink.toMain': 'Hoppa till huvudinnehållet' },
});
