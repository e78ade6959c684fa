import { defineMessages } from '../i18n/messages';

export const comboboxMessages = /* @__PURE__ */ defineMessages({
  en: {
    'combobox.showOptions': 'Show options',
    'combobox.results': { one: '{count} result', other: '{count} results' },
    'combobox.noResults': 'No results',
    'combobox.loading': 'Loading options…',
    'combobox.loadError': 'The options could not be loaded. Edit the text to try again.',
    'combobox.selectedList': 'Selected options',
    'combobox.selectedCount': { one: '{count} selected', other: '{count} selected' },
    'combobox.added': '{label} selected',
    'combobox.removed': '{label} removed',
  },
  fi: {
    'combobox.showOptions': 'Näytä vaihtoehdot',
    'combobox.results': { one: '{count} tulos', other: '{count} tulosta' },
    'combobox.noResults': 'Ei tuloksia',
    'combobox.loading': 'Ladataan vaihtoehtoja…',
    'combobox.loadError': 'Vaihtoehtoja ei voitu ladata. Yritä uudelleen muokkaamalla tekstiä.',
    'combobox.selectedList': 'Valitut vaihtoehdot',
    'combobox.selectedCount': { one: '{count} valittu', other: '{count} valittu' },
    'combobox.added': '{label} valittu',
    'combobox.removed': '{label} poistettu valinnoista',
  },
  sv: {
    'combobox.showOptions': 'Visa alternativ',
    'combobox.results': { one: '{count} träff', other: '{count} träffar' },
    'combobox.noResults': 'Inga träffar',
    'combobox.loading': 'Alternativen laddas…',
    'combobox.loadError': 'Alternativen kunde inte laddas. Ändra texten för att försöka igen.',
    'combobox.selectedList': 'Valda alternativ',
    'combobox.selectedCount': { one: '{count} vald', other: '{count} valda' },
    'combobox.added': '{label} har valts',
    'combobox.removed': '{label} har tagits bort från valen',
  },
});
