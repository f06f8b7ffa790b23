/** The saved endpoint profiles: which one receives reports, and per profile edit, delete and test. */
import type { EndpointProfile } from '../core/settings';
import { TestConnection } from './TestConnection';

interface Props {
  profiles: EndpointProfile[];
  activeId?: string;
  onActivate(id: string): void;
  onEdit(id: string): void;
  onDelete(id: string): void;
}

export function ProfileList({ profiles, activeId, onActivate, onEdit, onDelete }: Props) {
  if (profiles.length === 0) return <p>No profile yet: reports cannot be sent until you add one.</p>;
  const active = profiles.find((p) => p.id === activeId)?.id ?? profiles[0].id;
  return (
    <fieldset>
      <legend>Send reports to</legend>
      <ul class="profiles">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <label class="inline">
              <input type="radio" name="active-profile" checked={profile.id === active} onChange={() => onActivate(profile.id)} />
              <strong>{profile.name}</strong> <span class="url">{profile.url}</span>
            </label>
            <p class="hint">
              {profile.secret ? 'Signed' : 'Not signed (no secret)'}
              {profile.authHeader ? `; sends ${profile.authHeader.name}` : ''}
            </p>
            <div class="actions">
              <button type="button" onClick={() => onEdit(profile.id)} aria-label={`Edit ${profile.name}`}>Edit</button>
              <button type="button" onClick={() => onDelete(profile.id)} aria-label={`Delete ${profile.name}`}>Delete</button>
              <TestConnection profileId={profile.id} profileName={profile.name} />
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
