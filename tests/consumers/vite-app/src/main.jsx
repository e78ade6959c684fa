// A Vite React app as a team would write it: the tokens CSS through its package subpath, components from the
// package root, metrics from the pure-TypeScript subpath.
import '@polku/tokens/css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
