import { notFound } from "next/navigation";

// Page params arrive still URL-encoded (route handlers get them decoded); a malformed escape is a 404.
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    notFound();
  }
}
