// Polku's Combobox from the package sources, with the tokens' CSS.
import { createRoot } from 'react-dom/client';
import { Combobox } from '@polku/react';
import { options } from '../data.mjs';
import { installProbe } from './probe.js';

installProbe(() => {
  const first = document.querySelector('[role="option"]');
  return first ? Number(first.getAttribute('aria-setsize')) : 0;
});
createRoot(document.getElementById('root')).render(<Combobox label="Postcode" options={options} />);
requestAnimationFrame(() => (window.__ready = true));
