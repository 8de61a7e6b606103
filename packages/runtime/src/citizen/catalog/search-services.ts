import type { ServiceSpec } from "@civitas/definitions";
import type { CatalogEntry } from "../api/api-types.ts";
import { pickText } from "../i18n/pick-text.ts";

type Service = CatalogEntry<ServiceSpec>;

/** Lower case without accents, so `skolka` finds `Školka` and `Dubova` finds `Dubová`. */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const nameOf = (service: Service, locale: string) => pickText(service.spec.name, locale).text;

/** Services in alphabetical order of their names in `locale`. */
export function sortServices(services: readonly Service[], locale: string): Service[] {
  const collator = new Intl.Collator(locale);
  return [...services].sort((a, b) => collator.compare(nameOf(a, locale), nameOf(b, locale)));
}

/**
 * The services whose name, summary or keywords in `locale` contain every word of `query` (ignoring
 * case and accents), those matching by name first, each group in alphabetical order. An empty query
 * finds them all.
 */
export function searchServices(services: readonly Service[], query: string, locale: string): Service[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const sorted = sortServices(services, locale);
  if (words.length === 0) return sorted;
  const byName: Service[] = [];
  const byText: Service[] = [];
  for (const service of sorted) {
    const { spec } = service;
    const keywords = spec.keywords?.[locale] ?? spec.keywords?.en ?? [];
    const name = fold(nameOf(service, locale));
    const all = fold([name, pickText(spec.summary, locale).text, ...keywords].join(" \n "));
    if (!words.every((word) => all.includes(word))) continue;
    (words.every((word) => name.includes(word)) ? byName : byText).push(service);
  }
  return [...byName, ...byText];
}
