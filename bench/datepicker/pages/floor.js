// Floor: a static HTML table of one month (written into index.html by run.mjs), shown by unhiding it.
import { ready } from './probe.js';

const button = document.querySelector('[data-bench-open]');
const calendar = document.getElementById('calendar');
button.addEventListener('click', () => {
  calendar.hidden = false;
  calendar.querySelector('[tabindex="0"]').focus();
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || calendar.hidden) return;
  calendar.hidden = true;
  button.focus();
});
ready();
