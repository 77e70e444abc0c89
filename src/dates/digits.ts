/**
 * Digit conversion between ASCII (0–9), Persian (۰–۹) and Arabic-Indic (٠–٩) digits.
 * Only digits change; every other character is kept as it is.
 */

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/**
 * Writes ASCII and Arabic-Indic digits as Persian digits.
 * @example toPersianDigits("27 Aban 1404") // "۲۷ Aban ۱۴۰۴"
 */
export function toPersianDigits(text: string): string {
  return text.replace(/[0-9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const value = code >= ARABIC_INDIC_ZERO ? code - ARABIC_INDIC_ZERO : code - 48;
    return String.fromCharCode(PERSIAN_ZERO + value);
  });
}

/**
 * Writes Persian and Arabic-Indic digits as ASCII digits.
 * @example toAsciiDigits("۱۴۰۴/۰۸/۲۷") // "1404/08/27"
 */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });
}
