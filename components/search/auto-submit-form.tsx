"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useRef, useState, useTransition, type ReactNode } from "react";

/**
 * A GET form that works without JavaScript; with it, every change updates the results in place
 * (the URL still holds the whole state, so the view stays shareable).
 */
export function AutoSubmitForm({
  action,
  children,
  label,
}: {
  action: string;
  children: ReactNode;
  label: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The inputs are uncontrolled. When the URL changes from outside the form (a "clear filters"
  // link, back button), they are rebuilt from it; when the form itself changed the URL, they are
  // left alone so that keyboard focus stays where it was. `shown` is the query the inputs show;
  // while the form's own navigation is pending the URL is still the one before it, which must
  // not count as a change from outside (it did: a second tick rebuilt the inputs from the URL of
  // the first and lost itself).
  const current = useSearchParams().toString();
  const [shown, setShown] = useState(current);
  const [inputsKey, setInputsKey] = useState(0);
  if (!pending && current !== shown) {
    setShown(current);
    setInputsKey((key) => key + 1);
  }

  const navigate = (form: HTMLFormElement) => {
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") query.append(key, value);
    }
    const search = query.toString();
    setShown(search);
    startTransition(() => router.replace(search ? `${action}?${search}` : action, { scroll: false }));
  };

  return (
    <form
      role="search"
      aria-label={label}
      action={action}
      method="get"
      aria-busy={pending}
      onChange={(event) => {
        const form = event.currentTarget;
        const typing =
          event.target instanceof HTMLInputElement &&
          ["search", "text", "number"].includes(event.target.type);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => navigate(form), typing ? 400 : 0);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        navigate(event.currentTarget);
      }}
      className={pending ? "opacity-70 transition-opacity" : undefined}
    >
      <div key={inputsKey}>{children}</div>
    </form>
  );
}
