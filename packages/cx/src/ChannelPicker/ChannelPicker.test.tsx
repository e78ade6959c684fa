import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { resetDevMessages } from '@polku/react/internal';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { ChannelPicker, type ChannelOption } from './ChannelPicker';

const envelope = { reference: 'KX4R-9TCM', summary: 'Card payment declined', journeyStep: 'checkout/payment' };
const options: ChannelOption[] = [
  { channel: 'chat', available: true, waitMinutes: 2, cost: 'Free', href: '/chat', openingHours: 'Mon–Fri 8–20' },
  { channel: 'phone', available: true, waitMinutes: 12, phoneNumber: '+358 9 123 4567', cost: 'Local call rate' },
  { channel: 'email', available: true, emailAddress: 'help@example.fi', cost: 'Free' },
  { channel: 'video', available: false, openingHours: 'Mon–Fri 9–16' },
];

describe('ChannelPicker', () => {
  beforeEach(() => resetDevMessages());

  it('lists every channel with availability, wait, hours and cost as text and the case reference', () => {
    render(<ChannelPicker label="How would you like to continue?" options={options} envelope={envelope} />);
    const group = screen.getByRole('group', { name: 'How would you like to continue?' });
    const items = within(group).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('ChatAvailable nowOpening hours: Mon–Fri 8–20Estimated wait: about 2 minutesCost: Free');
    expect(items[3]).toHaveTextContent('Not available now');
    expect(within(items[3]!).queryByRole('link')).toBeNull();
    expect(group).toHaveTextContent('K X 4 R, 9 T C M');
  });

  it('carries the envelope into tel:, mailto: and chat links and reports the choice', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const onCxEvent = vi.fn();
    render(
      <PolkuProvider onCxEvent={onCxEvent}>
        <ChannelPicker label="Continue" options={options} envelope={envelope} onSelect={onSelect} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('link', { name: 'Start a chat' })).toHaveAttribute(
      'href',
      '/chat?ref=KX4R-9TCM&step=checkout%2Fpayment&summary=Card+payment+declined',
    );
    expect(screen.getByRole('link', { name: 'Call +358 9 123 4567' })).toHaveAttribute('href', 'tel:+35891234567');
    const mail = new URL(screen.getByRole('link', { name: 'Write an e-mail' }).getAttribute('href')!);
    expect(mail.searchParams.get('subject')).toBe('Case reference KX4R-9TCM: Card payment declined');
    // Keyboard: Tab to the first link and follow it with Enter.
    const chat = screen.getByRole('link', { name: 'Start a chat' });
    chat.addEventListener('click', (event) => event.preventDefault());
    await user.tab();
    expect(chat).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('chat', envelope);
    expect(onCxEvent).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'channel.chosen', chosen: 'chat', reference: 'KX4R-9TCM', journeyStep: 'checkout/payment' }),
    );
  });

  it('in radio mode moves with arrow keys, skips unavailable channels and asks for a choice', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<ChannelPicker mode="radio" label="Continue" options={options} envelope={envelope} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a channel first.');
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: 'Video call' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Chat' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Phone' })).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('phone', envelope);
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<ChannelPicker mode="radio" label="Continue" options={options} envelope={envelope} value="email" onValueChange={onValueChange} />);
    expect(screen.getByRole('radio', { name: 'E-mail' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Chat' }));
    expect(onValueChange).toHaveBeenCalledWith('chat');
    expect(screen.getByRole('radio', { name: 'E-mail' })).toBeChecked();
  });

  it('speaks Finnish', () => {
    render(
      <PolkuProvider locale="fi">
        <ChannelPicker label="Miten haluat jatkaa?" options={options} envelope={envelope} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('link', { name: 'Soita numeroon +358 9 123 4567' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('Arvioitu odotusaika: noin 12 minuuttia');
    const mail = new URL(screen.getByRole('link', { name: 'Kirjoita sähköposti' }).getAttribute('href')!);
    expect(mail.searchParams.get('body')).toContain('Asiatunnus: KX4R-9TCM');
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<ChannelPicker ref={ref} className="mine" label="Continue" options={options} envelope={envelope} />);
    expect(ref.current).toBe(screen.getByRole('group'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns about an unknown mode and reports a missing label', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown mode, missing label
      render(<ChannelPicker mode="tiles" options={options} envelope={envelope} />);
      expect(console.warnings().join('\n')).toMatch(/ChannelPicker: unknown mode "tiles"/);
      expect(console.errors().join('\n')).toMatch(/ChannelPicker: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in both modes', async () => {
    render(
      <div>
        <ChannelPicker label="Links" options={options} envelope={envelope} />
        <ChannelPicker mode="radio" label="Radios" options={options} envelope={envelope} defaultValue="chat" />
      </div>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders', async () => {
    const { html } = await expectAccessibleServerRender(
      <ChannelPicker mode="radio" label="Continue" options={options} envelope={envelope} />,
    );
    expect(html).toContain('KX4R-9TCM');
  });
});
