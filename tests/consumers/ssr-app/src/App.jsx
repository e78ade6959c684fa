import { useEffect, useState } from 'react';
import { styled } from 'styled-components';
import { Button, PolkuProvider, TextField } from '@polku/react';

// The app's own styled component, mounted only after hydration: its CSS is injected on the client, so the
// client-side style tag must carry the CSP nonce too.
const HydratedNote = styled.p`
  border-left: var(--polku-border-width-thick) solid var(--polku-color-border-strong);
  padding-left: var(--polku-space-3);
`;

export function App() {
  const [hydrated, setHydrated] = useState(false);
  const [count, setCount] = useState(0);
  useEffect(() => setHydrated(true), []);
  return (
    <PolkuProvider locale="sv">
      <main>
        <h1>Polku, server-rendered</h1>
        <TextField label="E-post" type="email" hint="Vi svarar till den här adressen." required />
        <Button data-testid="button" onClick={() => setCount((c) => c + 1)}>
          Skicka
        </Button>
        <Button data-testid="secondary" variant="secondary">
          Avbryt
        </Button>
        <p data-testid="count">{count}</p>
        {hydrated && <HydratedNote data-testid="hydrated">hydrated</HydratedNote>}
      </main>
    </PolkuProvider>
  );
}
