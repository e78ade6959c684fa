import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { resetDevMessages } from '@polku/react/internal';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { PromiseList, type PromiseListItem } from './PromiseList';

const promises: PromiseListItem[] = [
  { id: 'queue', text: 'Served within 15 minutes at any branch', compensation: '€10', record: { kept: 1180, total: 1204, period: 'October' } },
  { id: 'callback', text: 'We call you back on the same working day', description: 'Requests after 16:00 count from the next working day.' },
];

describe('PromiseList', () => {
  beforeEach(() => resetDevMessages());

  it('presents each promise with its compensation and record as text', () => {
    render(<PromiseList title="Our promises to you" promises={promises} />);
    const section = screen.getByRole('region', { name: 'Our promises to you' });
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Served within 15 minutes at any branchIf we are late: €10Kept 98% of the time in October (1,204 cases)');
    expect(items[1]).toHaveTextContent('Requests after 16:00');
  });

  it('speaks Swedish and Finnish', () => {
    render(
      <PolkuProvider locale="sv">
        <PromiseList title="Våra löften" promises={promises} />
      </PolkuProvider>,
    );
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Om vi blir sena: €10Hållet 98 % av gångerna under October (1 204 ärenden)');
  });

  it('is static: Tab passes it by; ref, attributes and warnings', async () => {
    const ref = createRef<HTMLElement>();
    render(<PromiseList ref={ref} className="mine" title="Promises" promises={promises} headingLevel={3} />);
    expect(ref.current).toHaveClass('mine');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Promises');
    await userEvent.setup().tab();
    expect(document.body).toHaveFocus();
    const console = captureConsole();
    try {
      // @ts-expect-error: title is required
      render(<PromiseList promises={promises} />);
      expect(console.errors().join('\n')).toMatch(/PromiseList: the "title" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(<PromiseList title="Promises" promises={promises} />);
    await expectNoAxeViolations();
    await expectAccessibleServerRender(<PromiseList title="Promises" promises={promises} />);
  });
});
