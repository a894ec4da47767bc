import Link from "next/link";
import { LockIcon } from "./_components/icons";

// A 403 outside the portal's shell (app/(portal)/forbidden.tsx answers inside it).
export default function Forbidden() {
  return (
    <main className="auth">
      <div className="card auth-card">
        <div className="card-body empty">
          <div className="icon"><LockIcon /></div>
          <h1>Not part of your role</h1>
          <p>Your role in this agency does not include this page.</p>
          <Link className="btn primary" href="/">Back to the portal</Link>
        </div>
      </div>
    </main>
  );
}
