import Link from "next/link";
import { LockIcon } from "@/app/_components/icons";

// A 403 inside the signed-in app: the page exists and the person may see its client, but their role
// (or what the agency granted them) does not include it.
export default function PortalForbidden() {
  return (
    <div className="card">
      <div className="empty">
        <div className="icon"><LockIcon /></div>
        <h1 style={{ fontSize: 18 }}>Not part of your role</h1>
        <p>Your role in this agency does not include this page. An owner or admin of the agency can change what you may do.</p>
        <Link className="btn primary" href="/">Back to the portal</Link>
      </div>
    </div>
  );
}
