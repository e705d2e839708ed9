// Form controls of the coordinators' pages: each labelled, with its error tied to it.
import type { RequestContext } from '../../../app/context.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { FieldError } from '../../../app/layout.tsx';
import { LANGUAGES, LANGUAGE_NAMES } from '../../../app/i18n.ts';
import { Select } from '../registry.parts.tsx';

type Common = { ctx: RequestContext; name: string; label: string; state?: FormState; hint?: string };

function describedBy(name: string, hint?: string, error?: string) {
  return [hint ? `f-${name}-hint` : '', error ? `f-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function TextInput(props: Common & { type?: 'text' | 'date' | 'url'; required?: boolean }) {
  const { ctx, name, state, hint } = props;
  const error = state?.errors?.[name];
  return (
    <div>
      <label for={`f-${name}`}>{props.label}</label>
      <input id={`f-${name}`} name={name} type={props.type ?? 'text'} value={state?.values?.[name] ?? ''} required={props.required} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, hint, error)} />
      {hint && <p class="hint" id={`f-${name}-hint`}>{hint}</p>}
      <FieldError id={`f-${name}-error`} message={error ? ctx.t(error) : undefined} />
    </div>
  );
}

export function TextArea(props: Common & { rows?: number; lang?: string }) {
  const { ctx, name, state, hint } = props;
  const error = state?.errors?.[name];
  return (
    <div>
      <label for={`f-${name}`}>{props.label}</label>
      <textarea id={`f-${name}`} name={name} rows={props.rows ?? 3} lang={props.lang} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, hint, error)}>
        {state?.values?.[name] ?? ''}
      </textarea>
      {hint && <p class="hint" id={`f-${name}-hint`}>{hint}</p>}
      <FieldError id={`f-${name}-error`} message={error ? ctx.t(error) : undefined} />
    </div>
  );
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
