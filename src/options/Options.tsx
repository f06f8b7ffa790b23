/** The options page: report endpoints first (what most users come for), then detection, lists, prices, sites. */
import { DetectionSection } from './DetectionSection';
import { EndpointsSection } from './EndpointsSection';
import { ListsSection } from './ListsSection';
import { PricesSection } from './PricesSection';
import { SitesSection } from './SitesSection';
import { useSettings } from './use-settings';

export function Options() {
  const [settings, update] = useSettings();
  if (!settings) return <p>Loading…</p>;
  return (
    <>
      <h1>RxLens settings</h1>
      <p class="hint">Changes are saved as you make them; endpoint profiles are saved with their Save button.</p>
      <EndpointsSection settings={settings} update={update} />
      <DetectionSection settings={settings} update={update} />
      <ListsSection settings={settings} update={update} />
      <PricesSection settings={settings} update={update} />
      <SitesSection settings={settings} update={update} />
    </>
  );
}
