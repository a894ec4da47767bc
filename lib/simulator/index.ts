// Public entry of the OnCallClerk simulator. The API and the /__sim control endpoints are
// documented at the top of server.ts.
export { startSimulator, createSimServer, type RunningSimulator, type SimulatorOptions } from "./server";
export { createCore, type SimCore } from "./core";
export { DEFAULT_CONFIG, type SimConfig, type SimConfigPatch } from "./config";
export { EXAMPLE_KEYS, PLANS, planOfKey, type PlanName } from "./plans";
export { SimStore } from "./store";
export type * from "./types";
