/** "Report endpoints": the profile form first (add or edit), then the saved profiles. */
import { useState } from 'preact/hooks';
import type { EndpointProfile, Settings } from '../core/settings';
import { ProfileForm } from './ProfileForm';
import { ProfileList } from './ProfileList';
import type { UpdateSettings } from './use-settings';

export function EndpointsSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const [editingId, setEditingId] = useState<string>();
  const editing = settings.endpoints.find((p) => p.id === editingId);

  const save = async (fields: Omit<EndpointProfile, 'id'>) => {
    const id = editing?.id ?? crypto.randomUUID();
    await update((s) => {
      const endpoints = editing ? s.endpoints.map((p) => (p.id === id ? { id, ...fields } : p)) : [...s.endpoints, { id, ...fields }];
      // The first profile, or one saved while none is active, receives reports.
      const activeEndpointId = endpoints.some((p) => p.id === s.activeEndpointId) ? s.activeEndpointId : id;
      return { ...s, endpoints, activeEndpointId };
    });
    setEditingId(undefined);
  };

  const remove = (id: string) => {
    if (id === editingId) setEditingId(undefined);
    void update((s) => {
      const endpoints = s.endpoints.filter((p) => p.id !== id);
      return { ...s, endpoints, activeEndpointId: s.activeEndpointId === id ? endpoints[0]?.id : s.activeEndpointId };
    });
  };

  return (
    <section aria-labelledby="endpoints-title">
      <h2 id="endpoints-title">Report endpoints</h2>
      <ProfileForm editing={editing} onSave={save} onCancel={() => setEditingId(undefined)} />
      <h3>Saved profiles</h3>
      <ProfileList
        profiles={settings.endpoints}
        activeId={settings.activeEndpointId}
        onActivate={(id) => void update((s) => ({ ...s, activeEndpointId: id }))}
        onEdit={setEditingId}
        onDelete={remove}
      />
    </section>
  );
}
