// A Vite React app in TypeScript as a team would write it: the tokens CSS through its package subpath (typed, so it
// type-checks with noUncheckedSideEffectImports on TypeScript 5 and 7), components from the package root, metrics
// from the pure-TypeScript subpath.
import '@polku/tokens/css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
