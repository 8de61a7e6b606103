type Schema = Record<string, unknown>;

const HEADER = `# Definition format reference

Generated from the model in \`packages/definitions\` by \`pnpm generate\`; a test fails when it is out
of date. Every document has the envelope \`apiVersion\`, \`kind\`, \`metadata\`, \`spec\`. Editors validate
YAML files that start with

\`\`\`yaml
# yaml-language-server: $schema=../../packages/definitions/schema/definition.schema.json
\`\`\`

(the path is relative to the file; the schema is \`packages/definitions/schema/definition.schema.json\`).
Check a folder with \`pnpm defs lint service-definitions\`.
`;

const refName = (ref: string) => ref.replace("#/definitions/", "");
const anchor = (name: string) => name.toLowerCase();

/** A short type description of a property schema, with links to named definitions. */
function describeType(schema: Schema): string {
  if (typeof schema.$ref === "string") {
    const name = refName(schema.$ref);
    return name.startsWith("http") ? "JSON Schema (draft-07)" : `[${name}](#${anchor(name)})`;
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1)
    return describeType(schema.allOf[0] as Schema);
  if ("const" in schema) return `\`${JSON.stringify(schema.const)}\``;
  if (Array.isArray(schema.enum))
    return `one of ${schema.enum.map((value) => `\`${String(value)}\``).join(", ")}`;
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const options = (schema.anyOf ?? schema.oneOf) as Schema[];
    return options.map(describeType).join(" or ");
  }
  if (schema.type === "array") return `list of ${describeType((schema.items ?? {}) as Schema)}`;
  if (
    schema.type === "object" &&
    schema.additionalProperties &&
    typeof schema.additionalProperties === "object"
  ) {
    return `map of ${describeType(schema.additionalProperties as Schema)}`;
  }
  if (schema.type === "object" && schema.properties) return "object (below)";
  const format = schema.format ? ` (${String(schema.format)})` : "";
  return `${String(schema.type ?? "any")}${format}`;
}

function renderObject(title: string, schema: Schema, level: number, out: string[]): void {
  out.push(`${"#".repeat(level)} ${title}`, "");
  if (typeof schema.description === "string") out.push(schema.description, "");
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const nested: Array<[string, Schema]> = [];
  if (Object.keys(properties).length > 0) {
    out.push("| field | type | required | description |", "| --- | --- | --- | --- |");
    for (const [name, property] of Object.entries(properties)) {
      if (name === "$schema") continue;
      const description = String(property.description ?? "").replaceAll("|", "\\|");
      const defaultValue = "default" in property ? ` Default: \`${JSON.stringify(property.default)}\`.` : "";
      out.push(
        `| \`${name}\` | ${describeType(property)} | ${required.has(name) ? "yes" : ""} | ${description}${defaultValue} |`,
      );
      if (property.type === "object" && property.properties) nested.push([`${title}.${name}`, property]);
      const items = property.items as Schema | undefined;
      if (property.type === "array" && items?.type === "object" && items.properties)
        nested.push([`${title}.${name}[]`, items]);
    }
    out.push("");
  }
  for (const [name, child] of nested) renderObject(name, child, Math.min(level + 1, 4), out);
}

/** The name of one shape of a union, from the field whose constant tells the shapes apart. */
function variantName(schema: Schema, index: number): string {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const tag = Object.entries(properties).find(([, property]) => "const" in property);
  return tag ? `${tag[0]}: ${String(tag[1].const)}` : `shape ${index + 1}`;
}

/** Renders the format's JSON Schema as a Markdown reference, one section per named definition. */
export function renderFormatReference(formatSchema: Schema): string {
  const definitions = (formatSchema.definitions ?? {}) as Record<string, Schema>;
  const out: string[] = [HEADER];
  for (const [name, schema] of Object.entries(definitions)) {
    const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
    if (schema.type === "object" && schema.properties) {
      renderObject(name, schema, 2, out);
    } else if (variants?.every((variant) => variant.type === "object" && variant.properties)) {
      out.push(`## ${name}`, "", String(schema.description ?? ""), "", "One of these shapes:", "");
      variants.forEach((variant, index) =>
        renderObject(`${name} (${variantName(variant, index)})`, variant, 3, out),
      );
    } else {
      out.push(`## ${name}`, "", String(schema.description ?? ""), "", `Type: ${describeType(schema)}`, "");
    }
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
