/** SIREN (9 digits) and SIRET (14 digits): the Luhn check, with La Poste's own rule. */

const LA_POSTE_SIREN = "356000000";

/** Luhn checksum of a digit string: true when valid. */
export const luhnValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

/** A valid SIRET (spaces and dots removed), or null. */
export const normalizeSiret = (text: string | undefined | null): string | null => {
  if (!text) return null;
  const digits = text.replace(/[\s.\u00a0-]/g, "");
  if (!/^\d{14}$/.test(digits)) return null;
  if (digits.startsWith(LA_POSTE_SIREN)) {
    const sum = [...digits].reduce((s, c) => s + Number(c), 0);
    return sum % 5 === 0 ? digits : null;
  }
  return luhnValid(digits) ? digits : null;
};

/** The check digit that makes `partial` + digit pass the Luhn check. */
export const luhnCheckDigit = (partial: string): string => {
  for (let d = 0; d <= 9; d++) if (luhnValid(partial + d)) return String(d);
  return "0";
};
