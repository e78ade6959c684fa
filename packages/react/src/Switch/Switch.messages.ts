import { defineMessages } from '../i18n/messages';

export const switchMessages = /* @__PURE__ */ defineMessages({
  en: { 'switch.on': 'On', 'switch.off': 'Off' },
  fi: { 'switch.on': 'Päällä', 'switch.off': 'Pois' },
  sv: { 'switch.on': 'På', 'switch.off': 'Av' },
});
