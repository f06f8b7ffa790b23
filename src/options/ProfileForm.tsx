/**
 * Adds or edits an endpoint profile. Saving checks every field with the outbox's rules, then asks for the
 * endpoint's host permission straight from the submit handler (the user's gesture) and saves only if granted.
 */
import { useRef, useState } from 'preact/hooks';
import { checkEndpointProfile, type EndpointProfile, type EndpointProfileField } from '../core/settings';
import { formatSigningSecret } from '../core/report/signing-secret';
import { describePermissionFailure, requestHostPermission } from './host-permission';

interface Props {
  /** The profile being edited, or undefined for a new one. */
  editing?: EndpointProfile;
  onSave(profile: Omit<EndpointProfile, 'id'>): Promise<void>;
  onCancel(): void;
}

type Errors = Partial<Record<EndpointProfileField, string>>;

const FIELD_LABELS: Record<EndpointProfileField, string> = {
  name: 'Name',
  url: 'Endpoint URL',
  authName: 'Auth header name',
  authValue: 'Auth header value',
  secret: 'Signing secret',
};

export function ProfileForm({ editing, onSave, onCancel }: Props) {
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState('');
  const [status, setStatus] = useState('');
  const [showSecrets, setShowSecrets] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const secretInput = useRef<HTMLInputElement>(null);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    // Read the form itself: the last keystroke may not have re-rendered yet.
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const read = (name: EndpointProfileField) => String(form.get(name) ?? '');
    const checked = checkEndpointProfile({ name: read('name'), url: read('url'), authName: read('authName'), authValue: read('authValue'), secret: read('secret') });
    setStatus('');
    if (!checked.ok) {
      setErrors(checked.errors);
      const fields = (Object.keys(checked.errors) as EndpointProfileField[]).map((f) => FIELD_LABELS[f]);
      setAlert(`Not saved: check ${fields.join(', ')}. ${Object.values(checked.errors)[0]}`);
      return;
    }
    setErrors({});
    setAlert('');
    const pattern = checked.permissionPattern;
    requestHostPermission(pattern).then(
      async (granted) => {
        if (!granted) {
          setAlert(describePermissionFailure(pattern));
          return;
        }
        await onSave(checked.profile);
        setFormKey((k) => k + 1);
        setStatus('Saved');
      },
      (error: unknown) => setAlert(describePermissionFailure(pattern, error)),
    );
  };

  const generateSecret = () => {
    if (!secretInput.current) return;
    secretInput.current.value = formatSigningSecret(crypto.getRandomValues(new Uint8Array(32)));
    setShowSecrets(true);
    setStatus('A new signing secret was generated; copy it to your receiver, then save.');
  };

  const field = (name: EndpointProfileField, type: string, value: string, hint?: string) => {
    const described = [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ');
    return (
      <div class="field">
        <label for={`profile-${name}`}>{FIELD_LABELS[name]}</label>
        <input
          id={`profile-${name}`}
          name={name}
          type={type}
          defaultValue={value}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={errors[name] ? 'true' : undefined}
          aria-describedby={described || undefined}
          ref={name === 'secret' ? secretInput : undefined}
        />
        {hint && <p id={`${name}-hint`} class="hint">{hint}</p>}
        {errors[name] && <p id={`${name}-error`} class="error">{errors[name]}</p>}
      </div>
    );
  };

  const secretType = showSecrets ? 'text' : 'password';
  return (
    <form key={`${editing?.id ?? 'new'}-${formKey}`} onSubmit={onSubmit} noValidate aria-labelledby="profile-form-title">
      <h3 id="profile-form-title">{editing ? `Edit profile “${editing.name}”` : 'Add a profile'}</h3>
      {field('url', 'url', editing?.url ?? '', 'https:// is required, except for a receiver on this computer (localhost, 127.0.0.1).')}
      {field('name', 'text', editing?.name ?? '', 'Optional; the host name is used if empty.')}
      {field('authName', 'text', editing?.authHeader?.name ?? '', 'Optional, e.g. Authorization.')}
      {field('authValue', secretType, editing?.authHeader?.value ?? '', 'Optional, e.g. Bearer followed by your token.')}
      {field('secret', secretType, editing?.secret ?? '', 'Standard Webhooks form: whsec_ followed by base64. Reports are signed with it.')}
      <div class="actions">
        <button type="button" onClick={generateSecret}>Generate secret</button>
        <label class="inline">
          <input type="checkbox" checked={showSecrets} onChange={(e) => setShowSecrets(e.currentTarget.checked)} /> Show header value and secret
        </label>
      </div>
      <div class="actions">
        <button type="submit">Save</button>
        {editing && <button type="button" onClick={onCancel}>Cancel editing</button>}
      </div>
      <p role="status" class="status">{status}</p>
      <p role="alert" class="error">{alert}</p>
    </form>
  );
}
