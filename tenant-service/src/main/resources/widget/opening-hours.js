/*
 * ServiceCenter-Verbund — the opening-hours widget for a town's portal. Two lines of HTML embed it:
 *
 *   <script src="https://tenant.servicecenter.example/public/v1/widget/opening-hours.js" defer></script>
 *   <scv-opening-hours town="castrop-rauxel" service-area="buergerbuero"></scv-opening-hours>
 *
 * It shows "open now / until / next opening", who answers the phone, today's and this week's hours, and — with
 * contact-api — the phone reachability, and — with knowledge-api — a search box over the town's public articles.
 * No dependencies, no cookies, no login; the browser's cache follows the API's Cache-Control and ETag. German.
 * Markup is plain HTML in the page (no shadow DOM) with KERN UX class names, styled lightly with :where() so that
 * a portal's own CSS — or KERN's — wins without a fight.
 *
 * Attributes: town (required), service-area, at (a fixed instant, ISO-8601; for previews and tests),
 * api (tenant-service's base URL; default: where this script came from), contact-api, knowledge-api.
 */
(() => {
  "use strict";
  const scriptOrigin = document.currentScript ? new URL(document.currentScript.src).origin : location.origin;

  const STYLE = `
:where(scv-opening-hours) { display: block; font-family: var(--kern-typography-font-family-default, "Fira Sans", system-ui, sans-serif);
  color: var(--kern-color-layout-text-default, #1b1b1b); background: var(--kern-color-layout-background-default, #fff);
  border: 1px solid var(--kern-color-layout-border, #6b6b6b); border-radius: 4px; padding: 1rem; max-width: 32rem; line-height: 1.5; }
:where(scv-opening-hours) :where(h2) { font-size: 1.25rem; margin: 0 0 .5rem; }
:where(scv-opening-hours) :where(h3) { font-size: 1rem; margin: 1rem 0 .25rem; }
:where(scv-opening-hours) :where(p) { margin: .25rem 0; }
:where(scv-opening-hours) :where(.kern-badge) { display: inline-block; padding: .125rem .5rem; border-radius: 4px; font-weight: 600; }
:where(scv-opening-hours) :where(.kern-badge--success) { background: #e3f5e1; color: #0b5a0d; }
:where(scv-opening-hours) :where(.kern-badge--danger) { background: #fde8e8; color: #8a1010; }
:where(scv-opening-hours) :where(table) { border-collapse: collapse; width: 100%; }
:where(scv-opening-hours) :where(th, td) { text-align: left; padding: .25rem .5rem .25rem 0; vertical-align: top; }
:where(scv-opening-hours) :where(tr[aria-current="date"]) { font-weight: 700; }
:where(scv-opening-hours) :where(input) { font: inherit; padding: .375rem .5rem; border: 1px solid #4d4d4d; border-radius: 4px; min-width: 12rem; }
:where(scv-opening-hours) :where(button) { font: inherit; padding: .375rem .75rem; border: 0; border-radius: 4px;
  background: var(--kern-color-action-default, #0a2a6e); color: var(--kern-color-action-on-default, #fff); cursor: pointer; }
:where(scv-opening-hours) :where(a) { color: var(--kern-color-action-default, #0a2a6e); }
:where(scv-opening-hours) :where(:focus-visible) { outline: 3px solid var(--kern-color-action-focus-default, #1a1a1a); outline-offset: 2px; }`;

  const TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" });
  const DAY = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", weekday: "long", day: "numeric", month: "long" });
  const PERCENT = new Intl.NumberFormat("de-DE", { style: "percent", maximumFractionDigits: 0 });

  const element = (name, attributes = {}, ...children) => {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) {
      if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? "" : value);
    }
    node.append(...children.filter((child) => child !== null && child !== undefined));
    return node;
  };
  const hours = (day) => (day.intervals.length === 0 ? "geschlossen"
    : day.intervals.map((interval) => `${interval.opens}–${interval.closes} Uhr`).join(", "))
    + (day.note ? ` (${day.note})` : "");
  const getJson = async (url) => {
    const response = await fetch(url, { credentials: "omit", headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${response.status}`);
    return response.json();
  };

  class OpeningHours extends HTMLElement {
    static get observedAttributes() { return ["town", "service-area", "at"]; }

    connectedCallback() {
      if (!document.getElementById("scv-opening-hours-style")) {
        document.head.prepend(element("style", { id: "scv-opening-hours-style" }, STYLE));
      }
      this.render();
    }

    attributeChangedCallback() { if (this.isConnected) this.render(); }

    disconnectedCallback() { clearTimeout(this.refresh); }

    api(attribute) {
      return (this.getAttribute(attribute) || (attribute === "api" ? scriptOrigin : "")).replace(/\/$/, "");
    }

    async render() {
      clearTimeout(this.refresh);
      const town = this.getAttribute("town");
      if (!town) return;
      const query = new URLSearchParams();
      if (this.getAttribute("service-area")) query.set("serviceArea", this.getAttribute("service-area"));
      if (this.getAttribute("at")) query.set("at", this.getAttribute("at"));
      this.setAttribute("lang", "de");
      this.setAttribute("aria-busy", "true");
      // Renders overlap (each attribute set while the page loads starts one): only the latest may show its answer,
      // or an older, slower one would replace it - and whatever a keyboard user had focused in it.
      const rendering = (this.rendering = (this.rendering || 0) + 1);
      let view;
      try {
        const status = await getJson(`${this.api("api")}/public/v1/towns/${encodeURIComponent(town)}/opening-status?${query}`);
        const reachability = this.api("contact-api")
          ? await getJson(`${this.api("contact-api")}/public/v1/towns/${encodeURIComponent(town)}/reachability`).catch(() => null)
          : null;
        view = this.view(status, reachability);
      } catch (error) {
        view = [element("p", { role: "alert" }, "Die Öffnungszeiten können gerade nicht geladen werden.")];
      }
      if (rendering !== this.rendering) return; // a newer render is under way and will show its own answer
      this.replaceChildren(...view);
      this.removeAttribute("aria-busy");
      if (!this.getAttribute("at")) this.refresh = setTimeout(() => this.render(), 60_000); // the API caches a minute
    }

    view(status, reachability) {
      const office = status.office;
      const title = office ? office.name : (status.serviceAreaName ? `${status.serviceAreaName} ${status.townName}` : status.townName);
      const parts = [element("h2", { class: "kern-heading-small" }, title)];
      if (office) {
        parts.push(this.now(office));
        parts.push(element("p", { class: "scv-today" }, `Heute (${office.today.weekdayName}): ${hours(office.today)}`));
      } else {
        parts.push(element("p", {}, "Für diesen Bereich sind keine Öffnungszeiten veröffentlicht."));
      }
      parts.push(this.phone(status.phone, reachability, status.townName));
      if (office) parts.push(this.week(office));
      if (this.api("knowledge-api")) parts.push(this.search(status.town));
      return parts;
    }

    now(office) {
      const badge = office.open
        ? element("span", { class: "kern-badge kern-badge--success" }, "Jetzt geöffnet")
        : element("span", { class: "kern-badge kern-badge--danger" }, "Jetzt geschlossen");
      let detail;
      if (office.open) {
        detail = office.openUntil ? ` – bis ${TIME.format(new Date(office.openUntil))} Uhr` : "";
      } else {
        const reason = office.closedReason && office.closedReason.kind !== "OUTSIDE_OPENING_HOURS"
          ? ` (${office.closedReason.text || office.closedReason.label})` : "";
        const next = office.nextOpening
          ? ` – öffnet wieder ${DAY.format(new Date(office.nextOpening))}, ${TIME.format(new Date(office.nextOpening))} Uhr` : "";
        detail = reason + next;
      }
      return element("p", { class: "scv-now", role: "status" }, badge, detail);
    }

    phone(phone, reachability, townName) {
      const who = phone.serviceCenter
        ? `${phone.serviceCenter.name}${phone.underContract ? `, im Auftrag von ${townName}` : ""}`
        : phone.answeredByName;
      const numbers = phone.serviceCenter ? phone.serviceCenter.phoneNumbers : [];
      const section = element("section", { class: "scv-phone" },
        element("h3", {}, "Telefon"),
        element("p", {}, `Es antwortet: ${who}`));
      if (numbers.length > 0) {
        section.append(element("p", {}, ...numbers.flatMap((number, i) =>
          [i > 0 ? ", " : "", element("a", { href: `tel:${number}` }, number)])));
      }
      if (phone.hours) {
        section.append(element("p", {}, phone.hours.open
          ? `Telefonisch erreichbar bis ${phone.hours.openUntil ? TIME.format(new Date(phone.hours.openUntil)) + " Uhr" : "Mitternacht"}`
          : "Telefonisch gerade nicht erreichbar"));
      }
      if (reachability && reachability.today && reachability.today.answeredShare !== null) {
        section.append(element("p", { class: "scv-reachability" },
          `Heute wurden ${PERCENT.format(reachability.today.answeredShare)} der Anrufe angenommen.`));
      }
      return section;
    }

    week(office) {
      const rows = office.week.map((day) => element("tr", day.date === office.today.date ? { "aria-current": "date" } : {},
        element("th", { scope: "row" }, day.weekdayName), element("td", {}, hours(day))));
      return element("table", { class: "kern-table kern-table--small" },
        element("caption", { class: "kern-label" }, "Diese Woche"),
        element("thead", {}, element("tr", {}, element("th", { scope: "col" }, "Tag"), element("th", { scope: "col" }, "Öffnungszeiten"))),
        element("tbody", {}, ...rows));
    }

    search(town) {
      const id = `scv-search-${town}`;
      const results = element("ul", { class: "scv-results", "aria-live": "polite" });
      const input = element("input", { id, type: "search", name: "q", autocomplete: "off", class: "kern-form-input__input" });
      const form = element("form", { role: "search", class: "scv-search" },
        element("label", { for: id, class: "kern-label" }, "Was möchten Sie erledigen?"), " ",
        input, " ", element("button", { type: "submit", class: "kern-btn kern-btn--primary" }, "Suchen"), results);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        if (!input.value.trim()) return;
        try {
          const found = await getJson(`${this.api("knowledge-api")}/public/v1/towns/${encodeURIComponent(town)}/search?q=${encodeURIComponent(input.value)}&size=5`);
          results.replaceChildren(...(found.items.length === 0
            ? [element("li", {}, "Nichts gefunden.")]
            : found.items.map((hit) => element("li", {}, element("strong", {}, hit.title), hit.teaser ? ` – ${hit.teaser}` : ""))));
        } catch (error) {
          results.replaceChildren(element("li", { role: "alert" }, "Die Suche ist gerade nicht erreichbar."));
        }
      });
      return element("section", { class: "scv-knowledge" }, element("h3", {}, "Suche"), form);
    }
  }

  if (!customElements.get("scv-opening-hours")) customElements.define("scv-opening-hours", OpeningHours);
})();
