// The same 1,000 options for every page: postcodes with a municipality, as in the Combobox LongList story.
const municipalities = [
  'Espoo', 'Hämeenlinna', 'Helsinki', 'Hyvinkää', 'Joensuu', 'Jyväskylä', 'Kajaani', 'Kokkola', 'Kotka', 'Kouvola',
  'Kuopio', 'Lahti', 'Lappeenranta', 'Mikkeli', 'Oulu', 'Pori', 'Porvoo', 'Rovaniemi', 'Seinäjoki', 'Tampere',
  'Turku', 'Vaasa', 'Vantaa',
];

export const OPTION_COUNT = 1000;

export const options = Array.from({ length: OPTION_COUNT }, (_, i) => {
  const code = String(100 + i * 97).padStart(5, '0');
  return { value: code, label: `${code} ${municipalities[i % municipalities.length]}` };
});

/** What is typed, one key at a time, then erased with Backspace: many results down to a few, and back. */
export const QUERIES = ['hel', 'tam', '00', 'kuo', 'la', '9'];
