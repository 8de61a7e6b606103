import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LocaleProvider } from "../app/locale-context.tsx";
import type { OpeningHoursSpec } from "./describe-opening-hours.ts";
import { OpeningHoursView } from "./opening-hours-view.tsx";

const TOWN_HALL: OpeningHoursSpec = {
  regular: [
    { days: ["mon", "wed"], hours: [{ opens: "08:00", closes: "17:00" }] },
    { days: ["tue", "thu"], hours: [{ opens: "08:00", closes: "14:00" }] },
    {
      days: ["fri"],
      hours: [
        { opens: "13:00", closes: "15:00" },
        { opens: "08:00", closes: "11:30" },
      ],
    },
  ],
  exceptions: [
    {
      date: "2026-12-31",
      closed: false,
      hours: [{ opens: "08:00", closes: "11:00" }],
      reason: { en: "New Year's Eve" },
    },
    {
      date: "2026-12-24",
      until: "2026-12-26",
      closed: true,
      reason: { cs: "Vánoční svátky", en: "Christmas" },
    },
    { date: "2026-05-01", closed: true, reason: { en: "Labour Day" } },
  ],
};

const show = (locale: "en" | "cs", today: string) =>
  render(
    <LocaleProvider initial={locale}>
      <OpeningHoursView hours={TOWN_HALL} today={today} />
    </LocaleProvider>,
  );

const rows = () =>
  within(screen.getByRole("table"))
    .getAllByRole("row")
    .map((row) => row.textContent?.replace(/\s+/g, " "));

describe("OpeningHoursView", () => {
  it("lists the whole week, several ranges of a day in order, and the days no rule names as closed", () => {
    show("en", "2026-12-01");
    expect(screen.getByRole("table", { name: "Opening hours" })).toBeTruthy();
    expect(rows()).toEqual([
      "Monday08:00–17:00",
      "Tuesday08:00–14:00",
      "Wednesday08:00–17:00",
      "Thursday08:00–14:00",
      "Friday08:00–11:30, 13:00–15:00",
      "SaturdayClosed",
      "SundayClosed",
    ]);
  });

  it("lists the changes still to come in date order, with their reason; past ones are left out", () => {
    show("en", "2026-12-25");
    const changes = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(changes).toEqual([
      "24 December 2026 – 26 December 2026: closed (Christmas)",
      "31 December 2026: 08:00–11:00 (New Year's Eve)",
    ]);
  });

  it("speaks the page's language, and marks a reason that has no translation with its own", () => {
    show("cs", "2026-12-01");
    expect(rows()[0]).toBe("pondělí08:00–17:00");
    expect(screen.getByRole("heading", { name: "Změny úředních hodin" })).toBeTruthy();
    expect(screen.getByText("New Year's Eve").getAttribute("lang")).toBe("en");
  });

  it("leaves out the changes when none are left", () => {
    show("en", "2027-01-01");
    expect(screen.queryByRole("heading", { name: "Changes to the opening hours" })).toBeNull();
  });
});
