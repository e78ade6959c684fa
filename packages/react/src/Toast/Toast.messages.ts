import { defineMessages } from '../i18n/messages';

export const toastMessages = /* @__PURE__ */ defineMessages({
  en: { 'toast.region': 'Notifications', 'toast.dismiss': 'Close notification' },
  fi: { 'toast.region': 'Ilmoitukset', 'toast.dismiss': 'Sulje ilmoitus' },
  sv: { 'toast.region': 'Aviseringar', 'toast.dismiss': 'Stäng aviseringen' },
});
