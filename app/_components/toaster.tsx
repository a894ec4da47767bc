"use client";
// Toasts after actions. The provider sits in the root layout, so a toast survives client-side
// navigation (e.g. "Client added" shown on the page we navigate to).
import Link from "next/link";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

/** An optional link after the message, e.g. "View templates" after saving one elsewhere. */
type ToastLink = { href: string; label: string };
type Toast = { id: number; message: string; tone: "info" | "error"; link?: ToastLink | undefined };
type ToastApi = { show: (message: string, tone?: Toast["tone"], link?: ToastLink) => void };

const ToastContext = createContext<ToastApi>({ show: () => {} });

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const show = useCallback((message: string, tone: Toast["tone"] = "info", link?: ToastLink) => {
    const id = Date.now() + Math.random();
    setToasts((current) => [...current, { id, message, tone, link }]);
    setTimeout(() => setToasts((current) => current.filter((toast) => toast.id !== id)), 5000);
  }, []);
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast ${toast.tone === "error" ? "error" : ""}`}>
            {toast.message}
            {toast.link ? <> <Link className="toast-link" href={toast.link.href}>{toast.link.label}</Link></> : null}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  return useContext(ToastContext);
}
