/**
 * The handoff envelope: what the customer has already told us travels with them to the next channel, so they never
 * have to repeat themselves (WCAG 3.3.7 Redundant Entry).
 */

export interface HandoffEnvelope {
  /** Case reference the customer can read aloud (see `createCaseReference`). */
  reference: string;
  /** Short summary of the matter, in the customer's language ("Card payment declined at checkout"). */
  summary: string;
  /** Journey step id where the customer left off, e.g. `loan/application`. */
  journeyStep?: string;
  /** Touchpoint id, e.g. `web/loan-form`. */
  touchpoint?: string;
  /** Anything else the next channel needs (ids, not personal data). */
  details?: Record<string, string>;
}

/** Labels for the text put into e-mail bodies and subjects; translated by the caller (ChannelPicker messages). */
export interface HandoffLabels {
  reference: string;
  step: string;
  summary: string;
}

const defaultLabels: HandoffLabels = { reference: 'Case reference', step: 'Step', summary: 'Summary' };

/** Plain-text block describing the envelope (for e-mail bodies and copy-to-clipboard). */
export function handoffText(envelope: HandoffEnvelope, labels: HandoffLabels = defaultLabels): string {
  const lines = [`${labels.reference}: ${envelope.reference}`, `${labels.summary}: ${envelope.summary}`];
  if (envelope.journeyStep) lines.push(`${labels.step}: ${envelope.journeyStep}`);
  for (const [key, value] of Object.entries(envelope.details ?? {})) lines.push(`${key}: ${value}`);
  return lines.join('\n');
}

/** `mailto:` link with the reference in the subject and the envelope in the body (RFC 6068 percent-encoding). */
export function mailtoHref(address: string, envelope: HandoffEnvelope, labels: HandoffLabels = defaultLabels): string {
  const subject = `${labels.reference} ${envelope.reference}: ${envelope.summary}`;
  const body = `${handoffText(envelope, labels)}\n\n`;
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * `tel:` link. Phone numbers cannot carry letters, so the reference is shown next to the link for the customer to
 * read aloud; `extension` (digits) is dialled after a pause, e.g. to route the call to the right queue.
 */
export function telHref(number: string, extension?: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  const suffix = extension ? `,${extension.replace(/\D/g, '')}` : '';
  return `tel:${digits}${suffix}`;
}

/** A chat (or video, call-back) URL with the envelope as query parameters: `ref`, `step`, `touchpoint`, `summary`. */
export function contextUrl(base: string, envelope: HandoffEnvelope): string {
  const url = new URL(base, 'https://polku.invalid');
  url.searchParams.set('ref', envelope.reference);
  if (envelope.journeyStep) url.searchParams.set('step', envelope.journeyStep);
  if (envelope.touchpoint) url.searchParams.set('touchpoint', envelope.touchpoint);
  url.searchParams.set('summary', envelope.summary);
  return url.origin === 'https://polku.invalid' ? `${url.pathname}${url.search}${url.hash}` : url.toString();
}
