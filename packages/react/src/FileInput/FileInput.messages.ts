import { defineMessages } from '../i18n/messages';

export const fileInputMessages = /* @__PURE__ */ defineMessages({
  en: {
    'fileInput.chooseOne': 'Choose file',
    'fileInput.chooseMany': 'Choose files',
    'fileInput.dropOne': 'or drag a file here',
    'fileInput.dropMany': 'or drag files here',
    'fileInput.listLabel': 'Chosen files',
    'fileInput.remove': 'Remove {name}',
    'fileInput.added': { one: '{count} file added', other: '{count} files added' },
    'fileInput.removed': '{name} removed',
    'fileInput.tooLarge': '{name} is too large ({size}). The largest allowed size is {max}.',
    'fileInput.wrongType': '{name} is not an allowed file type. Allowed: {types}.',
    'fileInput.tooMany': {
      one: '{name} was not added: you can add at most {count} file.',
      other: '{name} was not added: you can add at most {count} files.',
    },
  },
  fi: {
    'fileInput.chooseOne': 'Valitse tiedosto',
    'fileInput.chooseMany': 'Valitse tiedostot',
    'fileInput.dropOne': 'tai vedä tiedosto tähän',
    'fileInput.dropMany': 'tai vedä tiedostot tähän',
    'fileInput.listLabel': 'Valitut tiedostot',
    'fileInput.remove': 'Poista {name}',
    'fileInput.added': { one: '{count} tiedosto lisätty', other: '{count} tiedostoa lisätty' },
    'fileInput.removed': '{name} poistettu',
    'fileInput.tooLarge': '{name} on liian suuri ({size}). Suurin sallittu koko on {max}.',
    'fileInput.wrongType': '{name} ei ole sallittua tiedostotyyppiä. Sallitut: {types}.',
    'fileInput.tooMany': {
      one: '{name} jäi lisäämättä: voit lisätä enintään {count} tiedoston.',
      other: '{name} jäi lisäämättä: voit lisätä enintään {count} tiedostoa.',
    },
  },
  sv: {
    'fileInput.chooseOne': 'Välj fil',
    'fileInput.chooseMany': 'Välj filer',
    'fileInput.dropOne': 'eller dra en fil hit',
    'fileInput.dropMany': 'eller dra filerna hit',
    'fileInput.listLabel': 'Valda filer',
    'fileInput.remove': 'Ta bort {name}',
    'fileInput.added': { one: '{count} fil har lagts till', other: '{count} filer har lagts till' },
    'fileInput.removed': '{name} har tagits bort',
    'fileInput.tooLarge': '{name} är för stor ({size}). Största tillåtna storlek är {max}.',
    'fileInput.wrongType': '{name} är inte en tillåten filtyp. Tillåtna: {types}.',
    'fileInput.tooMany': {
      one: '{name} lades inte till: du kan lägga till högst {count} fil.',
      other: '{name} lades inte till: du kan lägga till högst {count} filer.',
    },
  },
});
