import { inRange, isKnownValue, warnProp } from '@polku/react/internal';
import type { ServiceChannel } from '../hooks/journey';

/** What an option needs so the customer can really use it, and the prop that gives it. */
function missingDestination(channel: ServiceChannel, mode: 'links' | 'radio', has: { phone: boolean; email: boolean; href: boolean }): string | null {
  // A phone channel is only usable with a number to call, in either mode (the reference is read aloud on the call).
  if (channel === 'phone') return has.phone ? null : 'phoneNumber';
  if (mode === 'radio') return null;
  if (channel === 'email') return has.email || has.href ? null : 'emailAddress';
  return has.href ? null : 'href';
}

/**
 * Whether an option is shown as available now: only when `available` is set AND the customer can reach the
 * channel from here. An "available" channel without a way in (a phone channel without a dialable number, a link
 * without an address) warns in development and is shown as not available, never as "available now".
 */
export function isReachable(
  option: { available: boolean; phoneNumber?: string; emailAddress?: string; href?: string },
  channel: ServiceChannel,
  mode: 'links' | 'radio',
): boolean {
  if (!option.available) return false;
  const prop = missingDestination(channel, mode, {
    phone: /\d/.test(option.phoneNumber ?? ''),
    email: Boolean(option.emailAddress?.trim()),
    href: Boolean(option.href?.trim()),
  });
  if (prop === null) return true;
  const value = option[prop as 'phoneNumber' | 'emailAddress' | 'href'];
  warnProp('ChannelPicker', `options[].${prop}`, value, `is required for an available ${channel} channel`, 'shown as not available');
  return false;
}

/** The estimated wait to show: a whole or fractional number of minutes of at least 0; otherwise a warning and none. */
export function validWait(minutes: number | undefined): number | undefined {
  return inRange('ChannelPicker', 'options[].waitMinutes', minutes, { min: 0 }, 'no wait time is shown');
}

/** The selected channel when it is one of the available options; otherwise a development warning and none. */
export function validSelection(
  prop: 'value' | 'defaultValue',
  channel: ServiceChannel | null | undefined,
  available: readonly ServiceChannel[],
  listed: readonly ServiceChannel[],
): ServiceChannel | null {
  if (channel === undefined || channel === null) return null;
  if (!isKnownValue('ChannelPicker', prop, channel, listed, 'nothing is selected')) return null;
  if (available.includes(channel)) return channel;
  warnProp('ChannelPicker', prop, channel, 'names a channel that is not available now', 'nothing is selected');
  return null;
}
