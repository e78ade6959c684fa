const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// International or local phone numbers: optional +, then 7–15 digits with spaces, dashes, dots or brackets between.
const PHONE = /(?:\+|\b00|\b0|\b)\d[\d\s().-]{5,}\d\b/g;

/** Replaces e-mail addresses and phone numbers in free text before it is sent (customers paste them in anyway). */
export function redactPersonalData(text: string, replacements: { email?: string; phone?: string } = {}): string {
  const { email = '[email]', phone = '[phone]' } = replacements;
  return text.replace(EMAIL, email).replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '');
    return digits.length >= 7 && digits.length <= 15 ? phone : match;
  });
}
