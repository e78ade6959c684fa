import { defineMessages } from '../i18n/messages';

export const breadcrumbsMessages = defineMessages({
  en: { 'breadcrumbs.label': 'Breadcrumb' },
  fi: { 'breadcrumbs.label': 'Murupolku' },
  sv: { 'breadcrumbs.label': 'Brödsmulor' },
});
