import { memo } from "react";
import type { FormOutline } from "../model/form-outline.ts";
import { useBuilder } from "./builder-store.ts";
import { FieldList } from "./canvas-row.tsx";

/** The pages of the form, each with its fields in order, and the fields on no page. */
export const Canvas = memo(function Canvas({
  outline,
  selectedPage,
}: {
  outline: FormOutline;
  selectedPage: number | null;
}) {
  const { actions } = useBuilder();
  const last = outline.pages.length - 1;
  return (
    <section className="fb-canvas" aria-labelledby="fb-canvas-title">
      <h2 id="fb-canvas-title">Form</h2>
      {outline.pages.map((page, i) => (
        <section key={page.id} className="fb-page" aria-labelledby={`fb-page-${page.id}`}>
          <h3 id={`fb-page-${page.id}`} className="fb-page-title">
            {page.index >= 0 ? (
              <button
                type="button"
                className="fb-page-select"
                aria-pressed={selectedPage === page.index}
                onClick={() => actions.select({ kind: "page", index: page.index })}
              >
                {`Page ${i + 1}: ${page.title}`}
              </button>
            ) : (
              <button
                type="button"
                className="fb-page-select"
                onClick={() => actions.select({ kind: "form" })}
              >
                {page.title || "Form"}
              </button>
            )}
          </h3>
          <FieldList
            container=""
            fields={page.fields}
            page={page.index}
            label={`Fields of page ${i + 1}`}
            pageBefore={i > 0}
            pageAfter={i < last}
          />
        </section>
      ))}
      {outline.unplaced.length > 0 ? (
        <section className="fb-page fb-unplaced" aria-labelledby="fb-unplaced-title">
          <h3 id="fb-unplaced-title">On no page</h3>
          <p className="fb-hint">Citizens never see these fields. Move them onto a page, or remove them.</p>
          <ul className="fb-list" aria-label="Fields on no page">
            {outline.unplaced.map((field) => (
              <li key={field.path} className="fb-row">
                <button
                  type="button"
                  className="fb-row-select"
                  onClick={() => actions.select({ kind: "field", path: field.path })}
                >
                  {field.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
});
