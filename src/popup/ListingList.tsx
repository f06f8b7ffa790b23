/** The findings of a tab, grouped by listing, each with a checkbox. All page text is rendered as text. */
import type { ListingSummary } from '../core/messages';

export function ListingList(props: { listings: ListingSummary[]; selected: Set<string>; onToggle: (id: string) => void }) {
  const { listings, selected, onToggle } = props;
  return (
    <ul class="listings" aria-label="Listings with findings">
      {listings.map((listing) => (
        <li key={listing.key}>
          <h3>{listing.title || '(untitled listing)'}</h3>
          {(listing.price || listing.seller) && (
            <p class="meta">
              {listing.price && <span class="price">{listing.price}</span>}
              {listing.seller && <span> · {listing.seller}</span>}
            </p>
          )}
          {listing.priceFlags.map((flag) => (
            <p class="flag" key={flag.rule}>
              <strong>{flag.rule}</strong>: {flag.message}
            </p>
          ))}
          <ul class="findings">
            {listing.findings.map((f) => (
              <li key={f.id}>
                <label>
                  <input type="checkbox" checked={selected.has(f.id)} onChange={() => onToggle(f.id)} />
                  <span class={`severity ${f.severity}`}>{f.severity}</span> <strong>{f.name}</strong>{' '}
                  <span class="category">{f.category}{f.schedule ? `, Schedule ${f.schedule}` : ''}{f.list ? `, ${f.list}` : ''}</span>
                  <span class="context">
                    …{f.context.before.slice(-40)}
                    <mark data-testid="matched">{f.matched}</mark>
                    {f.context.after.slice(0, 40)}…
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
