// 「円で見る」: carries a page's month in units — its own request, as the
// calculator read it — to money.html, which runs that same calculator and
// prices its users (地域区分, 処遇改善加算, 利用者負担, 給付費) without anything
// typed twice. The way back is the page itself with its state (units_from).

import { el } from "./core.mjs";

/** The link to money.html carrying `request` (the page's last calculated request). */
export function toMoney(request, label = "この月を円で見る（処遇改善加算・利用者負担・給付費）") {
  const q = new URLSearchParams();
  if (request.service_month) q.set("service_month", request.service_month);
  q.set("units_request", JSON.stringify(request));
  // Its calculator on its own, so that money.html picks the module that prices it from the URL (<html data-areas>).
  q.set("units_calculator", request.calculator);
  q.set("units_from", location.pathname.split("/").pop() + location.search);
  if (new URLSearchParams(location.search).get("embed") === "1") q.set("embed", "1");
  return el("p", { class: "to-money no-print" },
    el("a", { href: `money.html?${q}`, class: "button-link", "data-testid": "to-money" }, label));
}
