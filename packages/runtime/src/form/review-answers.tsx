import { createSchemaUtils, type RJSFSchema, type UiSchema, type ValidatorType } from "@rjsf/utils";
import { useMemo } from "react";
import type { RuntimeMessages } from "../i18n/runtime-messages.ts";
import type { FileRegistry } from "../theme/civitas-form-context.ts";
import { type Answer, listAnswers } from "./list-answers.ts";
import type { WizardPage } from "./wizard-pages.ts";

export interface ReviewAnswersProps {
  pages: readonly WizardPage[];
  schema: RJSFSchema;
  uiSchema: UiSchema;
  validator: ValidatorType;
  data: Record<string, unknown>;
  locale: string;
  messages: RuntimeMessages;
  files: FileRegistry;
  onEdit: (page: WizardPage, answer: Answer) => void;
}

/** Consecutive answers of the same group, to be shown under the group's name. */
function groupsOf(answers: readonly Answer[]): Array<{ group: string; rows: Answer[] }> {
  const groups: Array<{ group: string; rows: Answer[] }> = [];
  for (const answer of answers) {
    const last = groups.at(-1);
    if (last && last.group === answer.group) last.rows.push(answer);
    else groups.push({ group: answer.group, rows: [answer] });
  }
  return groups;
}

/** The review step: every answer the form shows for the data, by page, each with a link to change it. */
export function ReviewAnswers(props: ReviewAnswersProps) {
  const { pages, schema, uiSchema, validator, data, locale, messages, files, onEdit } = props;
  const schemaUtils = useMemo(() => createSchemaUtils(validator, schema), [validator, schema]);
  const sections = listAnswers(pages, schema, data, { schemaUtils, uiSchema, messages, locale, files });
  return (
    <div className="civitas-review">
      <p>{messages.reviewIntro}</p>
      {sections.map(({ page, answers }) => (
        <section key={page.id} className="civitas-review-section" aria-labelledby={`review-${page.id}`}>
          <h3 id={`review-${page.id}`}>{page.title}</h3>
          {groupsOf(answers).map(({ group, rows }) => (
            <div key={`${page.id}:${group}`} className="civitas-review-group">
              {group ? <h4 className="civitas-review-group-title">{group}</h4> : null}
              <dl className="civitas-review-list">
                {rows.map((answer) => (
                  <div key={answer.fieldId} className="civitas-review-row">
                    <dt>{answer.label}</dt>
                    <dd>{answer.value}</dd>
                    <dd className="civitas-review-action">
                      <button
                        type="button"
                        className="civitas-link"
                        aria-label={messages.editLabel(answer.fullLabel)}
                        onClick={() => onEdit(page, answer)}
                      >
                        {messages.edit}
                      </button>
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
