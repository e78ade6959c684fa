'use client';

import { useState } from 'react';
import { Button } from '@polku/react';

/** A client island inside the server page: proves the Polku client components hydrate and respond. */
export function Counter() {
  const [count, setCount] = useState(0);
  return (
    <>
      <Button data-testid="counter" variant="secondary" onClick={() => setCount((c) => c + 1)}>
        Lisää
      </Button>
      <p data-testid="count">{count}</p>
    </>
  );
}
