// A server component (no "use client"): it renders Polku's client components directly, which works because the
// @polku/react entry carries "use client", and computes metrics on the server with @polku/cx/metrics, which must
// NOT carry it (a client reference cannot be called on the server).
import { Button, PolkuProvider } from '@polku/react';
import { nps } from '@polku/cx/metrics';
import { Counter } from './Counter.jsx';

export const dynamic = 'force-dynamic';

export default function Page() {
  const score = nps(
    [10, 9, 9, 8, 7, 6, 10, 3, 9, 10].map((value) => ({ score: value })),
    { minimumN: 5 },
  );
  return (
    <PolkuProvider locale="fi">
      <main>
        <h1>Polku + Next.js</h1>
        <p data-testid="nps">
          {score.kind}:{score.n}
        </p>
        <Button data-testid="button" type="button">
          Lähetä
        </Button>
        <Counter />
      </main>
    </PolkuProvider>
  );
}
