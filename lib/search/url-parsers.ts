/**
 * nuqs parsers for the registry's URL parameters. Each returns null for a value it cannot use;
 * pages then fall back to the default and the API answers 400 naming the parameter.
 */
import { createParser } from "nuqs/server";
import { PROJECT_CODE } from "../domain/project-code";

// Control characters (NUL above all) never belong in a search term or a name.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Trimmed text of 1–200 characters without control characters; "" (an empty form field) is unset. */
export const parseAsText = createParser({
  parse: (value: string) => {
    const text = value.trim();
    return text.length > 0 && text.length <= 200 && !CONTROL.test(text) ? text : null;
  },
  serialize: (value: string) => value,
});

const DECIMAL = /^-?\d{1,15}(\.\d{1,4})?$/;

/** A number in [min, max] written plainly ("300000", "1.5"); integers only when `integer`. */
export function parseAsNumberIn(min: number, max: number, integer = false) {
  return createParser({
    parse: (value: string) => {
      const text = value.trim();
      if (!DECIMAL.test(text)) return null;
      const number = Number(text);
      if (integer && !Number.isInteger(number)) return null;
      return number >= min && number <= max ? number : null;
    },
    serialize: (value: number) => String(value),
  });
}

export const parseAsIntegerIn = (min: number, max: number) => parseAsNumberIn(min, max, true);

export const parseAsProjectCode = createParser({
  parse: (value: string) => {
    const code = value.trim().toUpperCase();
    return PROJECT_CODE.test(code) ? code : null;
  },
  serialize: (value: string) => value,
});
