import { defineMessages } from '../i18n/messages';

/** Tone prefixes are read before the message so that colour and icon are not the only cue (WCAG 1.4.1). */
export const alertMessages = /* @__PURE__ */ defineMessages({
  en: {
    'alert.tone.info': 'Information:',
    'alert.tone.success': 'Success:',
    'alert.tone.warning': 'Warning:',
    'alert.tone.error': 'Error:',
    'alert.dismiss': 'Close',
  },
  fi: {
    'alert.tone.info': 'Tiedoksi:',
    'alert.tone.success': 'Onnistui:',
    'alert.tone.warning': 'Varoitus:',
    'alert.tone.error': 'Virhe:',
    'alert.dismiss': 'Sulje',
  },
  sv: {
    'alert.tone.info': 'Information:',
    'alert.tone.success': 'Klart:',
    'alert.tone.warning': 'Varning:',
    'alert.tone.error': 'Fel:',
    'alert.dismiss': 'Stäng',
  },
});
