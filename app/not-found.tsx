import Link from "next/link";

// Also what another agency's client ids lead to: the same page as an id that never existed.
export default function NotFound() {
  return (
    <main className="auth">
      <div className="card auth-card">
        <div className="card-body empty">
          <div className="icon" aria-hidden>🔎</div>
          <h1>Page not found</h1>
          <p>This page does not exist, or you do not have access to it.</p>
          <Link className="btn primary" href="/">Back to your clients</Link>
        </div>
      </div>
    </main>
  );
}
