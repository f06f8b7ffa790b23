/**
 * User settings, versioned: the model, its migrations, the price settings derived from it, and import/export of the
 * user's lists. One module to import; each concept lives in `settings/`.
 */
export {
  activeEndpoint, scannedSitePatterns, CATEGORIES, DEFAULT_SETTINGS, SETTINGS_VERSION,
  type CustomTerm, type EndpointProfile, type PriceOverrides, type ScanSites, type Settings,
} from './settings/model';
export { DEFAULT_MARKETPLACES, type Marketplace } from './settings/marketplaces';
export { migrateSettings } from './settings/migrations';
export { priceSettingsFrom } from './settings/price-settings';
export {
  checkListItem, detectListFormat, exportList, importList, listColumns, listItemCells, mergeList,
  type ListError, type ListFormat, type ListImport, type ListItems, type ListKind, type UsdRate,
} from './settings/lists';
export {
  checkEndpointProfile, type EndpointProfileCheck, type EndpointProfileField, type EndpointProfileFields,
} from './settings/endpoint-profile';
