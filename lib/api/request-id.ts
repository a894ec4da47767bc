// Request ids quoted in every error answer and logged with unexpected errors. Web Crypto, not
// node:crypto, so middleware (edge runtime) and route handlers (Node) make them alike.
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `req_${base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
}
