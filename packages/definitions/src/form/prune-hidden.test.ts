import { describe, expect, it } from "vitest";
import type { FormSpec } from "../model/form.ts";
import { pruneHiddenFields } from "./prune-hidden.ts";

type Logic = FormSpec["logic"];
const spec = (logic: Logic) => ({ logic });

describe("pruneHiddenFields", () => {
  it("removes a field whose only rule does not hold and keeps it while the rule holds", () => {
    const form = spec([{ when: { field: "hasDog", equals: "yes" }, show: ["dogName"], require: [] }]);
    expect(pruneHiddenFields(form, { hasDog: "no", dogName: "Rex" })).toEqual({ hasDog: "no" });
    expect(pruneHiddenFields(form, { dogName: "Rex" })).toEqual({});
    expect(pruneHiddenFields(form, { hasDog: "yes", dogName: "Rex" })).toEqual({
      hasDog: "yes",
      dogName: "Rex",
    });
  });

  it("keeps a field shown by several rules while any of them holds", () => {
    const form = spec([
      { when: { field: "reason", equals: "pension" }, show: ["evidence"], require: [] },
      { when: { field: "reason", equals: "disability" }, show: ["evidence"], require: [] },
    ]);
    expect(pruneHiddenFields(form, { reason: "disability", evidence: "f1" })).toEqual({
      reason: "disability",
      evidence: "f1",
    });
    expect(pruneHiddenFields(form, { reason: "none", evidence: "f1" })).toEqual({ reason: "none" });
  });

  it("judges fields of a repeatable group per item", () => {
    const form = spec([
      { when: { field: "dogs[].keptAtOwnerAddress", equals: "no" }, show: ["dogs[].keptAt"], require: [] },
    ]);
    const data = {
      dogs: [
        { keptAtOwnerAddress: "yes", keptAt: "Lipová 1" },
        { keptAtOwnerAddress: "no", keptAt: "Zahradní 18" },
        { keptAt: "Polní 3" },
      ],
    };
    expect(pruneHiddenFields(form, data)).toEqual({
      dogs: [{ keptAtOwnerAddress: "yes" }, { keptAtOwnerAddress: "no", keptAt: "Zahradní 18" }, {}],
    });
  });

  it("handles nested groups and group fields shown by a condition outside the group", () => {
    const form = spec([
      { when: { field: "households[].members[].adult", equals: true }, show: ["households[].members[].id"] },
      { when: { field: "detailed", equals: true }, show: ["households[].note"] },
    ] as Logic);
    const data = {
      detailed: false,
      households: [
        {
          note: "x",
          members: [
            { adult: true, id: "a" },
            { adult: false, id: "b" },
          ],
        },
        { members: [{ adult: false, id: "c" }] },
      ],
    };
    expect(pruneHiddenFields(form, data)).toEqual({
      detailed: false,
      households: [
        { members: [{ adult: true, id: "a" }, { adult: false }] },
        { members: [{ adult: false }] },
      ],
    });
  });

  it("removes a field whose condition reads a field that is itself hidden", () => {
    const form = spec([
      { when: { field: "business", equals: true }, show: ["company.type"], require: [] },
      { when: { field: "company.type", equals: "ltd" }, show: ["company.registryNumber"], require: [] },
    ]);
    const data = { business: false, company: { type: "ltd", registryNumber: "123" } };
    expect(pruneHiddenFields(form, data)).toEqual({ business: false, company: {} });
  });

  it("does not change its input, and leaves data without logic as it is", () => {
    const form = spec([{ when: { field: "a", equals: 1 }, show: ["b"], require: [] }]);
    const data = { a: 2, b: "x", nested: { list: [1, 2] } };
    const copy = structuredClone(data);
    const pruned = pruneHiddenFields(form, data);
    expect(data).toEqual(copy);
    expect(pruned).not.toBe(data);
    expect(pruneHiddenFields(spec([]), data)).toEqual(copy);
  });

  it("ignores values of the wrong shape instead of failing", () => {
    const form = spec([
      { when: { field: "dogs[].x", equals: 1 }, show: ["dogs[].y"], require: [] },
      { when: { field: "a.b", equals: 1 }, show: ["a.c"], require: [] },
    ]);
    expect(pruneHiddenFields(form, { dogs: "not a list", a: [1, 2] })).toEqual({
      dogs: "not a list",
      a: [1, 2],
    });
    expect(pruneHiddenFields(form, { dogs: [null, 3, { y: 1 }] })).toEqual({ dogs: [null, 3, {}] });
  });
});
