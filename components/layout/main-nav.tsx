"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

type Item = { href: string; label: string };

export function MainNav({ label, items }: { label: string; items: Item[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label={label} className="mx-auto max-w-6xl px-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 pb-3">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(item.href) ? "page" : undefined}
              className="font-medium text-brand-800 no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
