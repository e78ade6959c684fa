import { defineMessages } from '../i18n/messages';

export const paginationMessages = /* @__PURE__ */ defineMessages({
  en: {
    'pagination.label': 'Pagination',
    'pagination.previous': 'Previous',
    'pagination.next': 'Next',
    'pagination.page': 'Page {page} of {total}',
  },
  fi: {
    'pagination.label': 'Sivutus',
    'pagination.previous': 'Edellinen',
    'pagination.next': 'Seuraava',
    'pagination.page': 'Sivu {page}, yhteensä {total}',
  },
  sv: {
    'pagination.label': 'Sidnavigering',
    'pagination.previous': 'Föregående',
    'pagination.next': 'Nästa',
    'pagination.page': 'Sida {page} av {total}',
  },
});
