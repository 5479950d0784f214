// Compiles only if pkg/hoshu.d.ts exports what the site uses, with these types.
import init, { calculate, calculators, version, initSync } from "../../pkg/hoshu.js";
import type { InitOutput } from "../../pkg/hoshu.js";

export async function smoke(bytes: BufferSource): Promise<string> {
  const out: InitOutput = await init({ module_or_path: bytes });
  void out;
  const list: Array<[string, string]> = calculators();
  const v: string = version();
  const resp = calculate({ calculator: list[0][0] } as Parameters<typeof calculate>[0]);
  const ok: boolean = resp.ok;
  return `${v} ${ok}`;
}

export function smokeSync(module: WebAssembly.Module): void {
  initSync({ module });
}
