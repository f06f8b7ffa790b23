/** The settings as the options page edits them: loaded once, every change written back to storage at once. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '../background/settings-store';
import type { Settings } from '../core/settings';

export type UpdateSettings = (change: (current: Settings) => Settings) => Promise<void>;

export function useSettings(): [Settings | undefined, UpdateSettings] {
  const [settings, setSettings] = useState<Settings>();
  // Changes build on the latest settings even when two land before a re-render.
  const latest = useRef<Settings>();
  useEffect(() => {
    void loadSettings().then((loaded) => {
      latest.current = loaded;
      setSettings(loaded);
    });
  }, []);
  const update: UpdateSettings = async (change) => {
    if (!latest.current) return;
    const next = change(latest.current);
    latest.current = next;
    setSettings(next);
    await saveSettings(next);
  };
  return [settings, update];
}
