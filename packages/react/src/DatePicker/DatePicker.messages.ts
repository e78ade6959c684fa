import { defineMessages } from '../i18n/messages';

export const datePickerMessages = /* @__PURE__ */ defineMessages({
  en: {
    'datePicker.choose': 'Choose date',
    'datePicker.change': 'Change date, {date}',
    'datePicker.title': 'Choose a date',
    'datePicker.keys': 'Arrow keys move by day and week, Page Up and Page Down by month, with Shift by year. Enter chooses.',
    'datePicker.previousMonth': 'Previous month',
    'datePicker.nextMonth': 'Next month',
    'datePicker.previousYear': 'Previous year',
    'datePicker.nextYear': 'Next year',
    'datePicker.today': 'today',
    'datePicker.unavailable': 'cannot be chosen: {reason}',
    'datePicker.unavailableNoReason': 'cannot be chosen',
    'datePicker.outOfRange': 'outside the dates that can be chosen',
  },
  fi: {
    'datePicker.choose': 'Valitse päivämäärä',
    'datePicker.change': 'Vaihda päivämäärä, {date}',
    'datePicker.title': 'Valitse päivä',
    'datePicker.keys':
      'Nuolinäppäimet siirtävät päivän tai viikon, Page Up ja Page Down kuukauden, vaihtonäppäimen kanssa vuoden. Enter valitsee.',
    'datePicker.previousMonth': 'Edellinen kuukausi',
    'datePicker.nextMonth': 'Seuraava kuukausi',
    'datePicker.previousYear': 'Edellinen vuosi',
    'datePicker.nextYear': 'Seuraava vuosi',
    'datePicker.today': 'tänään',
    'datePicker.unavailable': 'ei voi valita: {reason}',
    'datePicker.unavailableNoReason': 'ei voi valita',
    'datePicker.outOfRange': 'valittavissa olevien päivien ulkopuolella',
  },
  sv: {
    'datePicker.choose': 'Välj datum',
    'datePicker.change': 'Byt datum, {date}',
    'datePicker.title': 'Välj ett datum',
    'datePicker.keys':
      'Piltangenterna flyttar en dag eller vecka, Page Up och Page Down en månad, med Skift ett år. Enter väljer.',
    'datePicker.previousMonth': 'Föregående månad',
    'datePicker.nextMonth': 'Nästa månad',
    'datePicker.previousYear': 'Föregående år',
    'datePicker.nextYear': 'Nästa år',
    'datePicker.today': 'i dag',
    'datePicker.unavailable': 'kan inte väljas: {reason}',
    'datePicker.unavailableNoReason': 'kan inte väljas',
    'datePicker.outOfRange': 'utanför de datum som kan väljas',
  },
});
