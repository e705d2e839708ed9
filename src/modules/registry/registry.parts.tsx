// Small view pieces the registry's pages share.
import type { RequestContext } from '../../app/context.ts';
import type { AddressBlock } from './address.ts';
import type { PersonStatus } from './registry.model.ts';

export function StatusBadge({ ctx, status }: { ctx: RequestContext; status: PersonStatus }) {
  return <span class={`badge status-${status}`}>{ctx.t(`registry.status.${status}`)}</span>;
}

/** The address exactly as it must be copied: one line per line, nothing re-wrapped; a copy button with JavaScript. */
export function AddressView({ ctx, block, id = 'address' }: { ctx: RequestContext; block: AddressBlock; id?: string }) {
  const { t } = ctx;
  return (
    <div class="address">
      <pre id={id} class="address-block" lang="ru" data-copy data-copy-label={t('registry.address.copy')} data-copied-label={t('registry.address.copied')}>
        {[block.recipient, ...block.lines].join('\n')}
      </pre>
      {!block.verified && <p class="hint">{t('registry.address.unverified')}</p>}
    </div>
  );
}

export function Select(props: { name: string; label: string; value?: string; any?: string; options: [string, string][]; required?: boolean; error?: string }) {
  const id = `f-${props.name}`;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name} required={props.required} aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? `${id}-error` : undefined}>
        {props.any !== undefined && <option value="">{props.any}</option>}
        {props.options.map(([value, label]) => (
          <option value={value} selected={value === props.value}>
            {label}
          </option>
        ))}
      </select>
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

export function Pagination({ ctx, page, pages, urlFor }: { ctx: RequestContext; page: number; pages: number; urlFor: (page: number) => string }) {
  if (pages <= 1) return null;
  const { t } = ctx;
  const around = [1, page - 2, page - 1, page, page + 1, page + 2, pages].filter((p, i, a) => p >= 1 && p <= pages && a.indexOf(p) === i).sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label={t('registry.pagination')}>
      <ul>
        {page > 1 && (
          <li>
            <a href={urlFor(page - 1)} rel="prev">
              {t('registry.pagination.prev')}
            </a>
          </li>
        )}
        {around.map((p) => (
          <li>
            <a href={urlFor(p)} aria-current={p === page ? 'page' : undefined} aria-label={t('registry.pagination.page', { page: p })}>
              {p}
            </a>
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={urlFor(page + 1)} rel="next">
              {t('registry.pagination.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** A definition-list row that disappears when there is nothing to say. */
export function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
