// The floor: a plain <select> whose <option> elements a tiny vanilla script filters on each input event.
import { options } from '../data.mjs';
import { installProbe } from './probe.js';

const root = document.getElementById('root');
root.innerHTML =
  '<label for="q">Postcode</label><input id="q" type="text" autocomplete="off">' +
  '<select id="s" size="10" aria-label="Matching postcodes"></select>';
const input = document.getElementById('q');
const select = document.getElementById('s');
const elements = options.map((option) => new Option(option.label, option.value));
const labels = options.map((option) => option.label.toLowerCase());
const show = (query) => {
  const needle = query.trim().toLowerCase();
  select.replaceChildren(...elements.filter((_, i) => labels[i].includes(needle)));
};
show('');
input.addEventListener('input', () => show(input.value));
installProbe(() => select.options.length);
window.__ready = true;
