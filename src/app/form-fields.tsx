import type { RequestContext } from './context.ts';
import type { FieldErrors } from '../lib/forms.ts';
import { FieldError } from './layout.tsx';

export interface FormState {
  errors?: FieldErrors;
  values?: Record<string, string>;
}

/** Ids tying a field to its hint and its error, so screen readers announce both. */
function fieldIds(props: { name: string; hint?: string; state?: FormState }) {
  const error = props.state?.errors?.[props.name];
  const id = `f-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, error, describedBy };
}

function HintAndError({ ctx, id, hint, error }: { ctx: RequestContext; id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      <FieldError id={`${id}-error`} message={error ? ctx.t(error) : undefined} />
    </>
  );
}

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function Field(props: {
  ctx: RequestContext;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'url';
  autocomplete?: string;
  hint?: string;
  state?: FormState;
  inputmode?: 'numeric' | 'text';
  required?: boolean;
}) {
  const { id, error, describedBy } = fieldIds(props);
  return (
    <div>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete}
        inputMode={props.inputmode}
        required={props.required ?? true}
        value={props.type === 'password' ? undefined : props.state?.values?.[props.name]}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      <HintAndError ctx={props.ctx} id={id} hint={props.hint} error={error} />
    </div>
  );
}

/** A labelled multi-line field, with hint and error tied to it like Field's. */
export function TextArea(props: { ctx: RequestContext; name: string; label: string; hint?: string; state?: FormState; rows?: number; lang?: string; required?: boolean }) {
  const { id, error, describedBy } = fieldIds(props);
  return (
    <div>
      <label for={id}>{props.label}</label>
      <textarea id={id} name={props.name} rows={props.rows ?? 3} lang={props.lang} required={props.required} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}>
        {props.state?.values?.[props.name] ?? ''}
      </textarea>
      <HintAndError ctx={props.ctx} id={id} hint={props.hint} error={error} />
    </div>
  );
}

export function FormErrors({ ctx, state }: { ctx: RequestContext; state?: FormState }) {
  const form = state?.errors?._form;
  if (!state?.errors || Object.keys(state.errors).length === 0) return null;
  return (
    <div class="notice notice-error" role="alert">
      <p>{ctx.t(form ?? 'form.fixErrors')}</p>
    </div>
  );
}
