import { notFound } from "next/navigation";

// Any path that matches no page shows the localised 404 page.
export default function CatchAll() {
  notFound();
}
