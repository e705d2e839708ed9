// Form controls the coordinators' campaign pages need beyond app/form-fields.tsx: choices, checkboxes, numbers.
// Each ties its hint and error to the control (aria-describedby), like Field does.
import type { RequestContext } from '../../../app/context.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { FieldError } from '../../../app/layout.tsx';

function described(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function HintError({ ctx, id, hint, error }: { ctx: RequestContext; id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      <FieldError id={`${id}-error`} message={error ? ctx.t(error) : undefined} />
    </>
  );
}

export function Select(props: { ctx: RequestContext; name: string; label: string; options: [string, string][]; state?: FormState; hint?: string; required?: boolean }) {
  const id = `f-${props.name}`;
  const error = props.state?.errors?.[props.name];
  const value = props.state?.values?.[props.name];
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name} required={props.required} aria-invalid={error ? 'true' : undefined} aria-describedby={described(id, props.hint, error)}>
        {props.options.map(([v, label]) => (
          <option value={v} selected={v === value}>
            {label}
          </option>
        ))}
      </select>
      <HintError ctx={props.ctx} id={id} hint={props.hint} error={error} />
    </div>
  );
}

/** A checkbox is ticked when the form said "on". */
export function Checkbox(props: { ctx: RequestContext; name: string; label: string; state?: FormState; hint?: string }) {
  const id = `f-${props.name}`;
  const error = props.state?.errors?.[props.name];
  return (
    <div>
      <div class="checkbox">
        <input id={id} name={props.name} type="checkbox" checked={props.state?.values?.[props.name] === 'on'} aria-invalid={error ? 'true' : undefined} aria-describedby={described(id, props.hint, error)} />
        <label for={id}>{props.label}</label>
      </div>
      <HintError ctx={props.ctx} id={id} hint={props.hint} error={error} />
    </div>
  );
}

export function Radios(props: { ctx: RequestContext; name: string; legend: string; options: [string, string][]; state?: FormState }) {
  const error = props.state?.errors?.[props.name];
  const value = props.state?.values?.[props.name];
  return (
    <fieldset aria-describedby={error ? `f-${props.name}-error` : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map(([v, label]) => (
        <div class="checkbox">
          <input id={`f-${props.name}-${v}`} name={props.name} type="radio" value={v} checked={v === value} />
          <label for={`f-${props.name}-${v}`}>{label}</label>
        </div>
      ))}
      <FieldError id={`f-${props.name}-error`} message={error ? props.ctx.t(error) : undefined} />
    </fieldset>
  );
}

export function NumberField(props: { ctx: RequestContext; name: string; label: string; state?: FormState; hint?: string; min?: number }) {
  const id = `f-${props.name}`;
  const error = props.state?.errors?.[props.name];
  return (
    <div>
      <label for={id}>{props.label}</label>
      <input id={id} name={props.name} type="number" inputMode="numeric" min={props.min} value={props.state?.values?.[props.name]} aria-invalid={error ? 'true' : undefined} aria-describedby={described(id, props.hint, error)} />
      <HintError ctx={props.ctx} id={id} hint={props.hint} error={error} />
    </div>
  );
}
