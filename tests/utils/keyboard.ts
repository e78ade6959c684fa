import { expect } from 'vitest';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Activates a button-like element three ways — pointer click, Enter and Space after reaching it with Tab — and
 * checks that Tab really lands on it. The caller asserts the handler ran three times.
 */
export async function activateByClickEnterAndSpace(user: UserEvent, element: HTMLElement): Promise<void> {
  await user.click(element);
  await user.tab({ shift: true });
  await user.tab();
  expect(element).toHaveFocus();
  await user.keyboard('{Enter}');
  await user.keyboard(' ');
}
