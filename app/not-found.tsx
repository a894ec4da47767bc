import Link from "next/link";
import { SearchIcon } from "./_components/icons";

// Outside the signed-in app (an unknown URL, or a page whose layout itself 404s). Inside the portal,
// app/(portal)/not-found.tsx answers instead, within the app shell.
export default function NotFound() {
  return (
    <main className="auth">
      <div className="card auth-card">
        <div className="card-body empty">
          <div className="icon"><SearchIcon /></div>
          <h1>Page not found</h1>
          <p>This page does not exist, or you do not have access to it.</p>
          <Link className="btn primary" href="/">Back to your clients</Link>
        </div>
      </div>
    </main>
  );
}
