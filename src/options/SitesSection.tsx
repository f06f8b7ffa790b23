/** "Sites": the marketplaces scanned automatically, and sites the user adds (each needs its host permission). */
import { useState } from 'preact/hooks';
import { validateEndpointUrl } from '../core/outbox/endpoint-url';
import { DEFAULT_MARKETPLACES, type Settings } from '../core/settings';
import { describePermissionFailure, requestHostPermission } from './host-permission';
import type { UpdateSettings } from './use-settings';

export function SitesSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const [message, setMessage] = useState('');
  const [formKey, setFormKey] = useState(0);
  const disabled = new Set(settings.scanSites.disabledMarketplaces);

  const toggle = (id: string, on: boolean) =>
    void update((s) => {
      const others = s.scanSites.disabledMarketplaces.filter((d) => d !== id);
      return { ...s, scanSites: { ...s.scanSites, disabledMarketplaces: on ? others : [...others, id] } };
    });

  const addSite = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const checked = validateEndpointUrl(String(form.get('site') ?? ''));
    if (!checked.ok) {
      setMessage(`Not added: ${checked.error}`);
      return;
    }
    const { origin, permissionPattern } = checked;
    requestHostPermission(permissionPattern).then(
      async (granted) => {
        if (!granted) {
          setMessage(describePermissionFailure(permissionPattern));
          return;
        }
        await update((s) => ({
          ...s,
          scanSites: { ...s.scanSites, extraOrigins: [...s.scanSites.extraOrigins.filter((o) => o !== origin), origin] },
        }));
        setFormKey((k) => k + 1);
        setMessage(`Added ${origin}.`);
      },
      (error: unknown) => setMessage(describePermissionFailure(permissionPattern, error)),
    );
  };

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <fieldset>
        <legend>Marketplaces scanned automatically</legend>
        <div class="columns">
          {DEFAULT_MARKETPLACES.map((m) => (
            <label class="inline block" key={m.id}>
              <input type="checkbox" checked={!disabled.has(m.id)} onChange={(e) => toggle(m.id, e.currentTarget.checked)} /> {m.id}
            </label>
          ))}
        </div>
      </fieldset>
      <h3>Other sites</h3>
      {settings.scanSites.extraOrigins.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul class="sites">
          {settings.scanSites.extraOrigins.map((origin) => (
            <li key={origin}>
              <span class="url">{origin}</span>{' '}
              <button
                type="button"
                aria-label={`Stop scanning ${origin}`}
                onClick={() => void update((s) => ({ ...s, scanSites: { ...s.scanSites, extraOrigins: s.scanSites.extraOrigins.filter((o) => o !== origin) } }))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form key={formKey} onSubmit={addSite} noValidate aria-label="Add a site to scan">
        <div class="field">
          <label for="site-origin">Site address</label>
          <input id="site-origin" name="site" type="url" autocomplete="off" aria-describedby="site-hint" />
          <p id="site-hint" class="hint">e.g. https://shop.example.org; RxLens asks the browser for access to it.</p>
        </div>
        <div class="actions">
          <button type="submit">Add site</button>
        </div>
        <p role="status" class="status">{message}</p>
      </form>
    </section>
  );
}
