import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider, type PolkuEvent } from '@polku/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { createMemoryOutboxStore } from '../feedback/outbox-store';
import type { FeedbackResponse } from '../feedback/types';
import { HelpfulPrompt } from './HelpfulPrompt';

function setup(locale: 'en' | 'sv' = 'en', onSubmit = vi.fn(async (_r: FeedbackResponse) => undefined)) {
  const events: PolkuEvent[] = [];
  const user = userEvent.setup();
  render(
    <PolkuProvider locale={locale} onCxEvent={(e) => events.push(e)}>
      <HelpfulPrompt touchpoint="help/opening-hours" onSubmit={onSubmit} storage={createMemoryOutboxStore('device')} />
    </PolkuProvider>,
  );
  return { user, onSubmit, events };
}

describe('HelpfulPrompt', { timeout: 60_000 }, () => {
  it('"Yes" sends at once and thanks politely', async () => {
    const { user, onSubmit, events } = setup();
    const group = screen.getByRole('group', { name: 'Was this page helpful?' });
    await user.click(within(group).getByRole('button', { name: 'Yes' }));
    await within(screen.getByRole('status')).findByText('Thank you for your feedback!');
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ kind: 'helpful', score: 1, scale: { min: 0, max: 1 }, touchpoint: 'help/opening-hours' });
    expect(events.map((e) => e.type)).toEqual(['feedback.shown', 'feedback.answered', 'feedback.submitted']);
  });

  it('"No" opens a short "What went wrong?" form, focused, and sends the redacted text', async () => {
    const { user, onSubmit } = setup();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'No' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const text = screen.getByRole('textbox', { name: 'What went wrong?' });
    expect(text).toHaveFocus();
    await user.type(text, 'Wrong hours, call 040 123 4567');
    await user.tab();
    await user.keyboard('{Enter}');
    await screen.findByText('Thank you for your feedback!');
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ score: 0, comment: 'Wrong hours, call [phone]' });
  });

  it('keeps the answer on screen while it cannot be sent', async () => {
    const { user } = setup('en', vi.fn(async () => Promise.reject(new Error('offline'))));
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    await screen.findByText(/Not sent yet — retrying/);
    expect(screen.getByRole('button', { name: 'Try again now' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('speaks Swedish', () => {
    setup('sv');
    expect(screen.getByRole('group', { name: 'Var den här sidan till hjälp?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nej' })).toBeInTheDocument();
  });

  it('forwards the ref, passes className and reports a missing touchpoint', () => {
    const console = captureConsole();
    try {
      const ref = createRef<HTMLElement>();
      // @ts-expect-error: touchpoint is required
      render(<HelpfulPrompt ref={ref} className="mine" onSubmit={async () => {}} />);
      expect(ref.current).toHaveClass('mine');
      expect(console.errors().join('\n')).toMatch(/HelpfulPrompt: the "touchpoint" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    setup();
    await expectNoAxeViolations();
    await expectAccessibleServerRender(<HelpfulPrompt touchpoint="t" onSubmit={async () => {}} />);
  });
});
