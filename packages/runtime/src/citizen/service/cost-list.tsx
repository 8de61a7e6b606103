import type { ServiceSpec } from "@civitas/definitions";
import { useLocale } from "../app/locale-context.tsx";
import { formattersFor } from "../i18n/formatters.ts";
import { Text } from "../i18n/text.tsx";

type Cost = ServiceSpec["costs"][number];

const localToday = () => new Date().toLocaleDateString("sv-SE");

/** Fees under a heading, with their price and the period they apply in; fees whose period has ended are left out. */
export function CostList({
  costs,
  heading,
  today,
}: {
  costs: readonly Cost[];
  heading: string;
  today?: string;
}) {
  const { locale, messages } = useLocale();
  const format = formattersFor(locale);
  const now = today ?? localToday();
  const current = costs.filter((cost) => !cost.validTo || cost.validTo >= now);
  if (current.length === 0) return null;
  const validity = (cost: Cost) =>
    cost.validFrom && cost.validTo
      ? `${format.date(cost.validFrom)} – ${format.date(cost.validTo)}`
      : cost.validFrom
        ? messages.validFrom(format.date(cost.validFrom))
        : cost.validTo
          ? messages.validUntil(format.date(cost.validTo))
          : undefined;
  return (
    <>
      <h4>{heading}</h4>
      <ul className="citizen-costs">
        {current.map((cost) => {
          const period = validity(cost);
          return (
            <li key={cost.id}>
              <strong>{format.money(cost.price.amount, cost.price.currency)}</strong>
              {" – "}
              <Text value={cost.description} />
              {period ? <span className="citizen-muted"> ({period})</span> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
