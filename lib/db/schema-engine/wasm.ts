// Loads @prisma/schema-engine-wasm under plain Node 20.
// The package's main entry does `import * as wasm from "./schema_engine_bg.wasm"` (ESM-integration
// for wasm), which Node 20 cannot load. So we import the JS glue (`schema_engine_bg.js`) ourselves,
// instantiate the .wasm with WebAssembly.instantiate and hand the exports to the glue — exactly
// what the main entry would have done. Cached: one wasm instance per process (~5 MB, ~0.3 s).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

export type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let loading: Promise<SchemaEngineModule> | undefined;

// On a Rust panic the engine calls global.PRISMA_WASM_PANIC_REGISTRY.set_message(text) before
// trapping with "RuntimeError: unreachable". Prisma's CLI defines that registry; without it the
// panic hook itself throws a TypeError and the real message is lost. We keep the last message so
// callers can report it (see takeWasmPanicMessage).
type PanicRegistry = { message?: string; set_message(message: string): void };
const g = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
g.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message: string) {
    this.message = message;
  },
};

/** The last engine panic message, if any (and forget it). */
export function takeWasmPanicMessage(): string | undefined {
  const registry = g.PRISMA_WASM_PANIC_REGISTRY;
  const message = registry?.message;
  if (registry) registry.message = undefined;
  return message;
}

// After a panic the wasm instance must not be used again (wasm-bindgen's rule). Re-instantiating
// under the same JS glue is not safe either (it caches views of the old memory), so we refuse.
let poisoned: string | undefined;
export function markWasmPoisoned(message: string): void {
  poisoned = message;
}

export function loadSchemaEngineWasm(): Promise<SchemaEngineModule> {
  if (poisoned) return Promise.reject(new Error(`schema engine unusable after an earlier panic (${poisoned}); restart the process`));
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg: SchemaEngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    // The wasm module imports everything from the module name "./schema_engine_bg.js".
    const imports = { "./schema_engine_bg.js": bg } as unknown as WebAssembly.Imports;
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  loading.catch(() => (loading = undefined)); // let a later call retry after a failed load
  return loading;
}
