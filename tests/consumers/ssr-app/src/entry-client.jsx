import { hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';

// styled-components reads the CSP nonce from <meta property="csp-nonce" nonce="…"> in the server HTML.
hydrateRoot(document.getElementById('root'), <App />);
