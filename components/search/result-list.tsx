"use client";

import { Fragment } from "react";
import type { VocabularyText } from "@/lib/i18n/vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { CompareControl } from "./compare-control";
import { FundingBar } from "./funding-bar";
import { Highlighted, HighlightedSnippet } from "./highlighted-snippet";

/** A search result as the card shows it: every figure and date already formatted by the server. */
export interface ResultCard {
  code: string;
  name: string;
  /** The name split at the search's matches (odd places), or null where none is in it. */
  nameParts: string[] | null;
  /** The project's page, carrying the search and the selection (lib/search/compare-state). */
  href: string;
  applicant: string;
  period: string;
  regions: VocabularyText[];
  incomplete: boolean;
  funding: { share: number | null; planned: string; realised: string };
  compare: {
    inComparison: boolean;
    /** Null when the comparison is full. */
    addHref: string | null;
    removeHref: string | null;
    removeLabel: string;
    /** Read out when the page comes back from adding or removing this project. */
    announcement: string;
  };
  /** The snippet split at its matches (odd places), or null without a text search. */
  snippet: string[] | null;
}

/** The words every card shares, once for the list. */
export interface ResultWords {
  applicant: string;
  period: string;
  regions: string;
  incomplete: string;
  add: string;
  added: string;
  remove: string;
}

/**
 * The page of search results. A client component drawn from the cards' data, so the page carries
 * twenty results as their words rather than their markup twice.
 */
export function ResultList({ cards, words }: { cards: ResultCard[]; words: ResultWords }) {
  return (
    <ol className="mt-4 space-y-4">
      {cards.map((card) => (
        <li key={card.code}>
          <article className="rounded-lg border border-slate-300 p-4" aria-labelledby={`result-${card.code}`}>
            <h3 id={`result-${card.code}`} className="text-lg font-semibold">
              <Link href={card.href} lang="fi">
                {card.nameParts ? <Highlighted parts={card.nameParts} /> : card.name}
              </Link>
            </h3>
            <p className="text-sm text-slate-700">
              <span className="font-mono">{card.code}</span> · {words.applicant}:{" "}
              <span lang="fi">{card.applicant}</span> · {words.period}: {card.period}
              {card.regions.length > 0 && (
                <>
                  {" "}
                  · {words.regions}:{" "}
                  {card.regions.map((region, index) => (
                    <Fragment key={region.text}>
                      {index > 0 && ", "}
                      {region.lang ? <span lang={region.lang}>{region.text}</span> : region.text}
                    </Fragment>
                  ))}
                </>
              )}
              {card.incomplete && (
                <>
                  {" "}
                  · <strong>{words.incomplete}</strong>
                </>
              )}
            </p>
            <div className="mt-2">
              <FundingBar {...card.funding} />
            </div>
            <p className="mt-2 text-sm">
              <CompareControl
                id={`compare-${card.code}`}
                name={card.name}
                inComparison={card.compare.inComparison}
                addHref={card.compare.addHref}
                removeHref={card.compare.removeHref}
                labels={{
                  add: words.add,
                  added: words.added,
                  remove: words.remove,
                  removeLabel: card.compare.removeLabel,
                  announcement: card.compare.announcement,
                }}
              />
            </p>
            {card.snippet && (
              <div className="mt-2">
                <HighlightedSnippet parts={card.snippet} />
              </div>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
