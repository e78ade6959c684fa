import { defineMessages } from '../i18n/messages';

/** Strings shared by every form field: the required marker, the error prefix and the character counter. */
export const fieldMessages = /* @__PURE__ */ defineMessages({
  en: {
    'field.required': '(required)',
    'field.errorPrefix': 'Error:',
    'field.charactersLeft': { one: '{count} character left', other: '{count} characters left' },
    'field.charactersOver': { one: '{count} character too many', other: '{count} characters too many' },
  },
  fi: {
    'field.required': '(pakollinen)',
    'field.errorPrefix': 'Virhe:',
    'field.charactersLeft': { one: '{count} merkki jäljellä', other: '{count} merkkiä jäljellä' },
    'field.charactersOver': { one: '{count} merkki liikaa', other: '{count} merkkiä liikaa' },
  },
  sv: {
    'field.required': '(obligatoriskt)',
    'field.errorPrefix': 'Fel:',
    'field.charactersLeft': { one: '{count} tecken kvar', other: '{count} tecken kvar' },
    'field.charactersOver': { one: '{count} tecken för mycket', other: '{count} tecken för mycket' },
  },
});
