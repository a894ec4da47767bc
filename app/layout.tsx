import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ToastProvider } from "./_components/toaster";
import "./globals.css";
import "./styles/agent-editor.css";
import "./styles/numbers-bundles-account.css";
import "./styles/templates.css";
import "./styles/bulk.css";
import "./styles/transcripts.css";
import "./styles/agent-history.css";
import "./styles/audit.css";
import "./styles/members.css";
import "./styles/settings.css";

export const metadata: Metadata = {
  title: { default: "OnCallClerk Agency Portal", template: "%s · OnCallClerk Agency Portal" },
  description: "Run the AI receptionists of all your clients from one place.",
  robots: { index: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ToastProvider>{children}</ToastProvider>
      </body>
    </html>
  );
}
