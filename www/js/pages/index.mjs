// Index page: loads the core to show its version (and that it works here).
import { markReady, startPage } from "../lib/page.mjs";

startPage().then(markReady, () => {});
