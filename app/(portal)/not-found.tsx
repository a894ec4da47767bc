import Link from "next/link";
import { SearchIcon } from "@/app/_components/icons";

// A 404 inside the signed-in app, in the portal's content area. Also what another agency's client
// ids lead to: the same page as an id that never existed.
export default function PortalNotFound() {
  return (
    <div className="card">
      <div className="empty">
        <div className="icon"><SearchIcon /></div>
        <h1 style={{ fontSize: 18 }}>Page not found</h1>
        <p>This page does not exist, or you do not have access to it.</p>
        <Link className="btn primary" href="/">Back to your clients</Link>
      </div>
    </div>
  );
}
