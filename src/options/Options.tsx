/** Settings page: where reports go. */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '../background/settings-store';
import type { Settings } from '../core/settings';

export function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setUrl(s.endpoints[0]?.url ?? '');
    });
  }, []);
  if (!settings) return <p>Loading…</p>;

  const onSave = async (event: SubmitEvent) => {
    event.preventDefault();
    // Read the form itself: the last keystroke may not have re-rendered yet.
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const endpoints = [{ id: 'default', name: 'Default', url: String(form.get('url')) }];
    await saveSettings({ ...settings, endpoints, activeEndpointId: 'default' });
    setStatus('Saved');
  };

  return (
    <form onSubmit={onSave}>
      <h1>RxLens settings</h1>
      <label>
        Report endpoint URL <input name="url" type="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
      </label>
      <button type="submit">Save</button>
      <p role="status">{status}</p>
    </form>
  );
}
