// Form controls of the coordinators' pages, on top of the app's labelled fields.
import type { RequestContext } from '../../../app/context.ts';
import { Field, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { LANGUAGES, LANGUAGE_NAMES } from '../../../app/i18n.ts';
import { Select } from '../registry.parts.tsx';

type Common = { ctx: RequestContext; name: string; label: string; state?: FormState; hint?: string };

/** The app's Field, optional unless said otherwise: most registry facts are unknown for someone. */
export function TextInput(props: Common & { type?: 'text' | 'date' | 'url'; required?: boolean }) {
  return <Field {...props} required={props.required ?? false} />;
}

export function Choice(props: Common & { options: [string, string][]; any?: string }) {
  const error = props.state?.errors?.[props.name];
  return <Select name={props.name} label={props.label} value={props.state?.values?.[props.name]} options={props.options} any={props.any} error={error ? props.ctx.t(error) : undefined} />;
}

/** One text area per interface language, for text kept per language (descriptions, notes). */
export function PerLanguageFields({ ctx, field, legend, state }: { ctx: RequestContext; field: string; legend: string; state?: FormState }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {LANGUAGES.map((l) => (
        <TextArea ctx={ctx} name={`${field}_${l}`} label={LANGUAGE_NAMES[l]} lang={l} rows={2} state={state} />
      ))}
    </fieldset>
  );
}
