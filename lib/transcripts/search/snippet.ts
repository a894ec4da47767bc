// Search snippets: PostgreSQL's ts_headline marks matches with U+0001/U+0002 and joins fragments
// with U+0003 (characters stripped from every transcript on the way in, from-upstream.ts), and we
// turn that into HTML here. Everything of the transcript is escaped; the only tags are our <mark>s.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

export const HIGHLIGHT_OPTIONS = "StartSel=\u0001, StopSel=\u0002, FragmentDelimiter=\u0003";

/** ts_headline output → safe HTML: `<mark>` around matches, " … " between fragments. */
export function snippetHtml(headline: string): string {
  let open = false;
  let html = "";
  for (const part of headline.split(/([\u0001-\u0003])/)) {
    if (part === "\u0001") {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === "\u0002") {
      if (open) html += "</mark>";
      open = false;
    } else if (part === "\u0003") {
      if (open) html += "</mark>";
      open = false;
      html += " … ";
    } else html += escapeHtml(part.replace(/\s*\n\s*/g, " · "));
  }
  return open ? `${html}</mark>` : html;
}

/** A plain excerpt when there is nothing to highlight (filters only, or a phone number search). */
export function plainSnippet(text: string, max = 220): string {
  const flat = text.replace(/\s*\n\s*/g, " · ").trim();
  return escapeHtml(flat.length > max ? `${flat.slice(0, max).replace(/\s+\S*$/, "")} …` : flat);
}
