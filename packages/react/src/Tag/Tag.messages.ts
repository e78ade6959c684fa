import { defineMessages } from '../i18n';

export const tagMessages = /* @__PURE__ */ defineMessages({
  en: { 'tag.remove': 'Remove {label}' },
  fi: { 'tag.remove': 'Poista {label}' },
  sv: { 'tag.remove': 'Ta bort {label}' },
});
