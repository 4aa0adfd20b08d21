// What a city portal writes against the generated types (compiled under `strict` by the build, never run there):
// the opening status with who answers the phone, the public holidays, the reachability and a public search.
import createClient from "openapi-fetch";
import type { paths as TenantPaths } from "../target/typescript/tenant-service";
import type { paths as ContactPaths } from "../target/typescript/contact-service";
import type { paths as KnowledgePaths } from "../target/typescript/knowledge-service";

const tenant = createClient<TenantPaths>({ baseUrl: "https://api.servicecenter.example/tenant" });
const contact = createClient<ContactPaths>({ baseUrl: "https://api.servicecenter.example/contact" });
const knowledge = createClient<KnowledgePaths>({ baseUrl: "https://api.servicecenter.example/knowledge" });

export async function openingLine(town: string, serviceArea?: string): Promise<string> {
  const { data, error } = await tenant.GET("/public/v1/towns/{town}/opening-status", {
    params: { path: { town }, query: serviceArea === undefined ? {} : { serviceArea } },
  });
  if (error !== undefined) {
    return `${error.title}: ${error.detail ?? ""}`;
  }
  const office = data.office;
  if (office === null) {
    return `${data.townName} publishes no opening hours.`;
  }
  // strict null checks: openUntil and nextOpening may be null, and the compiler makes us say so
  const hours = office.open
    ? `open until ${office.openUntil ?? "midnight"}`
    : `closed (${office.closedReason?.label ?? "?"}), opens ${office.nextOpening ?? "not within a year"}`;
  const phone = data.phone.serviceCenter === null ? data.phone.answeredByName : data.phone.serviceCenter.name;
  const today = office.today.intervals.map((interval) => `${interval.opens}–${interval.closes}`).join(", ");
  return `${office.name}: ${hours}; today ${today || "closed"} (${office.today.weekdayName}); phone: ${phone}`;
}

export async function holidays(state: string, year: number): Promise<string[]> {
  const { data } = await tenant.GET("/public/v1/public-holidays/{state}/{year}", {
    params: { path: { state, year } },
  });
  return (data ?? []).map((holiday) => `${holiday.date} ${holiday.name}`);
}

export async function reachability(town: string): Promise<string> {
  const { data, error } = await contact.GET("/public/v1/towns/{town}/reachability", { params: { path: { town } } });
  if (error !== undefined) {
    return error.title;
  }
  const share = data.today.answeredShare;
  return share === null ? "no calls yet today" : `${Math.round(share * 100)} % of calls answered today`;
}

export async function search(town: string, q: string): Promise<string[]> {
  const { data } = await knowledge.GET("/public/v1/towns/{town}/search", { params: { path: { town }, query: { q } } });
  return (data?.items ?? []).map((hit) => `${hit.title} (${hit.serviceArea})`);
}
