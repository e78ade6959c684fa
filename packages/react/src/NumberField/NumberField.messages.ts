import { defineMessages } from '../i18n/messages';

export const numberFieldMessages = /* @__PURE__ */ defineMessages({
  en: {
    'numberField.invalid': 'Enter a number, for example {example}',
    'numberField.range': 'Enter a number from {min} to {max}',
    'numberField.min': 'Enter a number of at least {min}',
    'numberField.max': 'Enter a number of at most {max}',
    'numberField.increase': 'Increase',
    'numberField.decrease': 'Decrease',
  },
  fi: {
    'numberField.invalid': 'Anna luku, esimerkiksi {example}',
    'numberField.range': 'Anna luku väliltä {min}–{max}',
    'numberField.min': 'Anna luku, joka on vähintään {min}',
    'numberField.max': 'Anna luku, joka on enintään {max}',
    'numberField.increase': 'Suurenna',
    'numberField.decrease': 'Pienennä',
  },
  sv: {
    'numberField.invalid': 'Ange ett tal, till exempel {example}',
    'numberField.range': 'Ange ett tal mellan {min} och {max}',
    'numberField.min': 'Ange ett tal som är minst {min}',
    'numberField.max': 'Ange ett tal som är högst {max}',
    'numberField.increase': 'Öka',
    'numberField.decrease': 'Minska',
  },
});
