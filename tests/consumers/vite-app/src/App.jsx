import { useState } from 'react';
import { Button, PolkuProvider, TextField } from '@polku/react';
import { nps } from '@polku/cx/metrics';
import { version } from 'react';

const score = nps(
  [10, 9, 9, 8, 7, 6, 10, 3, 9, 10].map((value) => ({ score: value })),
  { minimumN: 5 },
);

export function App() {
  const [count, setCount] = useState(0);
  return (
    <PolkuProvider locale="fi">
      <main>
        <h1>Polku + Vite</h1>
        <p data-testid="react-version">{version}</p>
        <p data-testid="nps">
          {score.kind}:{score.n}
        </p>
        <TextField label="Sähköposti" type="email" hint="Vastaamme tähän osoitteeseen." required />
        <Button data-testid="button" onClick={() => setCount((c) => c + 1)}>
          Lähetä
        </Button>
        <p data-testid="count" aria-live="polite">
          {count}
        </p>
      </main>
    </PolkuProvider>
  );
}
