import { defineMessages } from '../i18n';

/** `{value}` and `{max}` arrive formatted for the locale; `{percent}` is a locale-formatted percentage ("45 %"). */
export const progressBarMessages = /* @__PURE__ */ defineMessages({
  en: { 'progressBar.percent': '{percent}', 'progressBar.steps': '{value} of {max}', 'progressBar.indeterminate': 'In progress' },
  fi: { 'progressBar.percent': '{percent}', 'progressBar.steps': '{value}/{max}', 'progressBar.indeterminate': 'Käynnissä' },
  sv: { 'progressBar.percent': '{percent}', 'progressBar.steps': '{value} av {max}', 'progressBar.indeterminate': 'Pågår' },
});
