import { useEffect, useRef, useState } from 'react';
import { Button, PolkuProvider, TextField, themes, type Theme } from '@polku/react';
import { nps } from '@polku/cx/metrics';
import { version } from 'react';

const score = nps(
  [10, 9, 9, 8, 7, 6, 10, 3, 9, 10].map((value) => ({ score: value })),
  { minimumN: 5 },
);

/** The theme from `?theme=` (the consumer test opens the page once per theme), light by default. */
function themeFromUrl(): Theme {
  const wanted = new URLSearchParams(window.location.search).get('theme');
  return themes.find((theme) => theme === wanted) ?? 'light';
}

export function App() {
  const [count, setCount] = useState(0);
  // Refs reach the elements on React 18 (forwardRef) and React 19 (ref as a prop), ADR 0008.
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [refs, setRefs] = useState('');
  useEffect(() => setRefs(`${buttonRef.current?.tagName}/${inputRef.current?.tagName}`), []);
  // The theme set the documented way for an app that does not own <html>: PolkuProvider's `theme` (its box paints).
  return (
    <PolkuProvider theme={themeFromUrl()} locale="fi">
      <main>
        <h1>Polku + Vite</h1>
        <p data-testid="react-version">{version}</p>
        <p data-testid="nps">
          {score.kind}:{score.n}
        </p>
        <TextField ref={inputRef} label="Sähköposti" type="email" hint="Vastaamme tähän osoitteeseen." required />
        <Button ref={buttonRef} data-testid="button" onClick={() => setCount((c) => c + 1)}>
          Lähetä
        </Button>
        <p data-testid="refs">{refs}</p>
        <p data-testid="count" aria-live="polite">
          {count}
        </p>
      </main>
    </PolkuProvider>
  );
}
