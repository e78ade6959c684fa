import { defineMessages } from '../i18n/messages';

export const tableMessages = /* @__PURE__ */ defineMessages({
  en: {
    'table.sorted.ascending': 'Sorted by {column}, ascending',
    'table.sorted.descending': 'Sorted by {column}, descending',
  },
  fi: {
    'table.sorted.ascending': 'Lajiteltu sarakkeen {column} mukaan, nousevaan järjestykseen',
    'table.sorted.descending': 'Lajiteltu sarakkeen {column} mukaan, laskevaan järjestykseen',
  },
  sv: {
    'table.sorted.ascending': 'Sorterad efter {column}, stigande',
    'table.sorted.descending': 'Sorterad efter {column}, fallande',
  },
});
