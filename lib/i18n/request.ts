import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // The registry's dates are Finnish calendar dates. Named here, next-intl need not ask the
    // runtime for its zone on every request (an Intl.DateTimeFormat each time), and the server's
    // and the browser's zones cannot differ.
    timeZone: "Europe/Helsinki",
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
