// Index page: loads the core to show its version (and that it works here).
import { startPage, markReady } from "./core.mjs";

startPage().then(markReady, () => {});
