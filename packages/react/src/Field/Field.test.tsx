import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { render, renderHook, screen } from '@testing-library/react';
import { expectAccessibleServerRender } from '@polku/test-utils';
import { Field } from './Field';
import { joinIds, useFieldIds, useMergedRef } from './hooks';

describe('Field anatomy', () => {
  it('orders label, hint, error, control and counter, with ids derived from one id', () => {
    const { result } = renderHook(() => useFieldIds('f'));
    const ids = result.current;
    expect(ids).toMatchObject({ id: 'f', hintId: 'f-hint', errorId: 'f-error', counterId: 'f-counter' });
    const { container } = render(
      <Field ids={ids} label="Name" hint="Hint" error="Bad" after={<span>after</span>}>
        <input id={ids.id} />
      </Field>,
    );
    const root = container.firstElementChild!;
    const order = Array.from(root.children).map((child) => child.textContent);
    expect(order).toEqual(['Name', 'Hint', 'Error: Bad', '', 'after']);
    expect(screen.getByLabelText('Name')).toBe(root.querySelector('input'));
  });

  it('joins only the ids that exist', () => {
    expect(joinIds('a', false, undefined, '', 'b')).toBe('a b');
    expect(joinIds(false)).toBeUndefined();
  });

  it('fills every ref given to useMergedRef', () => {
    const a = createRef<HTMLElement>();
    const seen: Array<HTMLElement | null> = [];
    const { result } = renderHook(() => useMergedRef<HTMLElement>(a, (node) => {
      seen.push(node);
    }));
    const node = document.createElement('div');
    result.current(node);
    expect(a.current).toBe(node);
    expect(seen).toEqual([node]);
  });

  it('server-renders the same generated ids as the client would use', async () => {
    function Probe() {
      const ids = useFieldIds();
      return (
        <Field ids={ids} label="Probe" hint="Hint">
          <input id={ids.id} aria-describedby={ids.hintId} />
        </Field>
      );
    }
    const { html } = await expectAccessibleServerRender(<Probe />);
    const id = /<input id="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`for="${id}"`);
    expect(html).toContain(`id="${id}-hint"`);
  });
});
