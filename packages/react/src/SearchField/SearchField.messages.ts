import { defineMessages } from '../i18n/messages';

export const searchFieldMessages = /* @__PURE__ */ defineMessages({
  en: {
    'searchField.clear': 'Clear search',
    'searchField.submit': 'Search',
  },
  fi: {
    'searchField.clear': 'Tyhjennä haku',
    'searchField.submit': 'Hae',
  },
  sv: {
    'searchField.clear': 'Rensa sökningen',
    'searchField.submit': 'Sök',
  },
});
