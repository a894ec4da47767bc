"use client";
// True once React has hydrated in the browser, false on the server and in the first client render.
// useSyncExternalStore returns the server snapshot during hydration, then the client snapshot, with
// no effect and no extra state.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
