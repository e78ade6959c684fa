import { describe, expect, it } from 'vitest';
import { CASE_REFERENCE_ALPHABET, createCaseReference, parseCaseReference, spellCaseReference } from './case-reference';
import { contextUrl, handoffText, mailtoHref, telHref } from './handoff';

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('case reference', () => {
  it('has no ambiguous characters and is grouped by four', () => {
    expect(CASE_REFERENCE_ALPHABET).not.toMatch(/[01OILZ2S5B8UV]/);
    for (let i = 0; i < 200; i += 1) {
      const reference = createCaseReference({ random: seeded(i) });
      expect(reference).toMatch(/^[ACDEFGHJKMNPQRTWXY34679]{4}-[ACDEFGHJKMNPQRTWXY34679]{4}$/);
      expect(parseCaseReference(reference)).toBe(reference);
    }
  });

  it('uses crypto randomness by default', () => {
    expect(createCaseReference()).toMatch(/^.{4}-.{4}$/);
  });

  it('accepts what a customer types (lower case, spaces) and rejects typos and swaps', () => {
    const reference = createCaseReference({ random: seeded(7) });
    const raw = reference.replace('-', '');
    expect(parseCaseReference(` ${raw.toLowerCase().slice(0, 4)} ${raw.slice(4)} `)).toBe(reference);
    for (let i = 0; i < raw.length; i += 1) {
      for (const char of CASE_REFERENCE_ALPHABET) {
        if (char === raw[i]) continue;
        expect(parseCaseReference(raw.slice(0, i) + char + raw.slice(i + 1))).toBeNull();
      }
      if (i < raw.length - 1 && raw[i] !== raw[i + 1]) {
        expect(parseCaseReference(raw.slice(0, i) + raw[i + 1] + raw[i] + raw.slice(i + 2))).toBeNull();
      }
    }
    expect(parseCaseReference('O0I1-XXXX')).toBeNull();
  });

  it('spells the reference character by character for screen readers', () => {
    expect(spellCaseReference('KX4R-9TCM')).toBe('K X 4 R, 9 T C M');
  });
});

describe('handoff envelope', () => {
  const envelope = { reference: 'KX4R-9TCM', summary: 'Card payment declined & retried', journeyStep: 'checkout/payment' };

  it('puts the reference and summary into mailto subject and body', () => {
    const href = mailtoHref('help@example.fi', envelope);
    expect(href.startsWith('mailto:help@example.fi?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Case reference KX4R-9TCM: Card payment declined & retried');
    expect(url.searchParams.get('body')).toContain('Step: checkout/payment');
    expect(handoffText(envelope, { reference: 'Asiatunnus', step: 'Vaihe', summary: 'Yhteenveto' })).toBe(
      'Asiatunnus: KX4R-9TCM\nYhteenveto: Card payment declined & retried\nVaihe: checkout/payment',
    );
  });

  it('builds tel: links with an optional post-dial extension', () => {
    expect(telHref('+358 9 123 4567')).toBe('tel:+35891234567');
    expect(telHref('+358 9 123 4567', '2#')).toBe('tel:+35891234567,2');
  });

  it('adds the envelope to chat URLs, relative or absolute', () => {
    expect(contextUrl('/chat', envelope)).toBe('/chat?ref=KX4R-9TCM&step=checkout%2Fpayment&summary=Card+payment+declined+%26+retried');
    expect(contextUrl('https://chat.example.fi/start?lang=fi', envelope)).toMatch(/^https:\/\/chat\.example\.fi\/start\?lang=fi&ref=KX4R-9TCM/);
  });
});
