import { descriptionId, getUiOptions, helpId, type ObjectFieldTemplateProps } from "@rjsf/utils";
import { useContext } from "react";
import { isListItem, ListItemLegend } from "./list-item-legend.ts";
import { PageFields } from "./page-fields.ts";

const ADDRESS_PARTS = ["street", "city", "postalCode"];

/**
 * A group of fields as a fieldset with its title as legend. At the root it renders only the fields
 * of the current wizard page, in the page's order: the other pages' fields keep their answers in the
 * form's data but are not mounted. An address (street, city, postal code) gets its own layout class.
 */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { title, description, properties, fieldPathId, uiSchema } = props;
  const itemLegend = useContext(ListItemLegend);
  const pageFields = useContext(PageFields);
  if (fieldPathId.path.length === 0) {
    const byName = new Map(properties.map((property) => [property.name, property.content]));
    return <div className="civitas-page-fields">{pageFields.map((name) => byName.get(name))}</div>;
  }

  const { help } = getUiOptions(uiSchema);
  const names = properties.map((property) => property.name);
  const isAddress = ADDRESS_PARTS.every((part) => names.includes(part));
  const legend = isListItem(fieldPathId.path) && itemLegend ? itemLegend : title;
  const id = fieldPathId.$id;
  const describedBy = [description ? descriptionId(id) : "", help ? helpId(id) : ""].filter(Boolean);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`civitas-group${isAddress ? " civitas-address" : ""}`}
      aria-describedby={describedBy.length ? describedBy.join(" ") : undefined}
    >
      {legend ? <legend className="civitas-legend">{legend}</legend> : null}
      {description ? (
        <div id={descriptionId(id)} className="civitas-description">
          {description}
        </div>
      ) : null}
      {help ? (
        <div id={helpId(id)} className="civitas-help">
          {help}
        </div>
      ) : null}
      <div className="civitas-group-fields">{properties.map((property) => property.content)}</div>
    </fieldset>
  );
}
