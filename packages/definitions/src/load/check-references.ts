import type { Kind } from "../constants.ts";
import type { CheckContext } from "./check-context.ts";
import { type DefinitionBundle, type LocatedDefinition, organisationOf } from "./definition-bundle.ts";
import type { PathSegment } from "./problem.ts";
import { didYouMean } from "./suggest.ts";

/**
 * Checks the links between documents of one organisation: every id a document names exists as a
 * document of the right kind, forms are offered through online channels, documents a channel asks
 * for are in the service's evidence, and life situations and services point at each other.
 */
export function checkReferences(
  located: LocatedDefinition,
  bundle: DefinitionBundle,
  ctx: CheckContext,
): void {
  const definition = located.definition;
  const organisation = organisationOf(definition);
  const exists = <K extends Kind>(kind: K, id: string, path: PathSegment[]) => {
    const found = bundle.find(kind, organisation, id);
    if (!found) {
      const candidates = bundle
        .list(kind)
        .filter((other) => organisationOf(other.definition) === organisation)
        .map((other) => other.definition.metadata.id);
      ctx.report({
        code: "broken-reference",
        message: `there is no ${kind} with the id \`${id}\`${kind === "Organisation" ? "" : ` in organisation \`${organisation}\``}${didYouMean(id, candidates)}`,
        path,
      });
    }
    return found;
  };

  if (definition.kind !== "Organisation") exists("Organisation", organisation, ["metadata", "organisation"]);

  if (definition.kind === "Service") {
    const spec = definition.spec;
    spec.lifeSituations.forEach((id, i) => {
      const situation = exists("LifeSituation", id, ["spec", "lifeSituations", i]);
      const listed = situation?.definition.spec.stages.some((stage) =>
        stage.services.includes(definition.metadata.id),
      );
      if (situation && !listed) {
        ctx.report({
          severity: "warning",
          code: "one-way-link",
          message: `the life situation \`${id}\` does not list this service in any of its stages`,
          path: ["spec", "lifeSituations", i],
        });
      }
    });
    spec.relatedServices.forEach((id, i) => exists("Service", id, ["spec", "relatedServices", i]));
    const evidence = spec.evidence.map((item) => item.id);
    const channelsSeen = new Set<string>();
    spec.channelOfferings.forEach((offering, i) => {
      const at: PathSegment[] = ["spec", "channelOfferings", i];
      const channel = exists("Channel", offering.channel, [...at, "channel"]);
      if (channelsSeen.has(offering.channel)) {
        ctx.report({
          code: "duplicate-offering",
          message: `the channel \`${offering.channel}\` is offered twice`,
          path: [...at, "channel"],
        });
      }
      channelsSeen.add(offering.channel);
      if (offering.form) {
        exists("Form", offering.form, [...at, "form"]);
        if (channel && channel.definition.spec.type !== "online") {
          ctx.report({
            code: "form-on-offline-channel",
            message: `an e-form can only be offered through an online channel; \`${offering.channel}\` is ${channel.definition.spec.type}`,
            path: [...at, "form"],
          });
        }
      }
      offering.documents.forEach((id, j) => {
        if (!evidence.includes(id)) {
          ctx.report({
            code: "broken-reference",
            message: `the document \`${id}\` is not in this service's \`evidence\`${didYouMean(id, evidence)}`,
            path: [...at, "documents", j],
          });
        }
      });
    });
  }

  if (definition.kind === "LifeSituation") {
    definition.spec.stages.forEach((stage, i) =>
      stage.services.forEach((id, j) => exists("Service", id, ["spec", "stages", i, "services", j])),
    );
    definition.spec.relatedLifeSituations.forEach((id, i) =>
      exists("LifeSituation", id, ["spec", "relatedLifeSituations", i]),
    );
  }

  if (definition.kind === "ServiceTemplate") {
    const channelParameters = definition.spec.parameters
      .filter((parameter) => parameter.type === "channel")
      .map((parameter) => parameter.key);
    definition.spec.service.channelOfferings.forEach((offering, i) => {
      if (!channelParameters.includes(offering.channel)) {
        ctx.report({
          code: "broken-reference",
          message: `in a template, a channel offering names a parameter of type \`channel\`; \`${offering.channel}\` is none${didYouMean(offering.channel, channelParameters)}`,
          path: ["spec", "service", "channelOfferings", i, "channel"],
        });
      }
    });
  }
}
