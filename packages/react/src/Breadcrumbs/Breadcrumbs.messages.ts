import { defineMessages } from '../i18n/messages';

export const breadcrumbsMessages = /* @__PURE__ */ defineMessages({
  en: { 'breadcrumbs.label': 'Breadcrumb' },
  fi: { 'breadcrumbs.label': 'Murupolku' },
  sv: { 'breadcrumbs.label': 'Brödsmulor' },
});
