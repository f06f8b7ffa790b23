import type { Severity } from '../findings';
import type { FamilyRule, LexiconEntry, Schedule } from '../lexicon/types';

/** The CFR section of each CSA schedule. */
const SCHEDULE_SECTIONS: Record<Schedule, string> = {
  I: '21 CFR 1308.11',
  II: '21 CFR 1308.12',
  III: '21 CFR 1308.13',
  IV: '21 CFR 1308.14',
  V: '21 CFR 1308.15',
};

/** The CFR section of the precursor lists RxLens knows by name. */
const LIST_SECTIONS: Record<string, string> = {
  'DEA List I': '21 CFR 1310.02(a)',
  'DEA List II': '21 CFR 1310.02(b)',
  'Schedule II immediate precursor': '21 CFR 1308.12(g)',
};

/** Severity by category and schedule: schedules I/II and analogues critical, precursors and III high, IV/V and rx medium. */
export function severityOf(entry: LexiconEntry): Severity {
  switch (entry.category) {
    case 'analogue':
      return 'critical';
    case 'precursor':
      return 'high';
    case 'controlled':
      if (entry.schedule === 'I' || entry.schedule === 'II') return 'critical';
      return entry.schedule === 'III' || entry.schedule === undefined ? 'high' : 'medium';
    case 'rx':
      return 'medium';
    default:
      return 'low';
  }
}

/** Why an entry matters: its schedule or list with the CFR section, or what kind of term it is. */
export function entryReasons(entry: LexiconEntry, referredName?: string): string[] {
  const reasons: string[] = [];
  if (entry.list) reasons.push(`${entry.list} (${LIST_SECTIONS[entry.list] ?? entry.source.document})`);
  if (entry.schedule && entry.category !== 'precursor') {
    reasons.push(`Schedule ${entry.schedule} (${SCHEDULE_SECTIONS[entry.schedule]})`);
  }
  if (entry.category === 'analogue' && !entry.schedule) reasons.push(`Controlled analogue (${entry.source.document})`);
  if (entry.category === 'rx') reasons.push('Prescription-only drug');
  if (entry.category === 'slang') reasons.push(referredName ? `Street name for ${referredName}` : 'Street name');
  if (entry.category === 'risk') reasons.push(`Risk phrase: ${entry.name}`);
  return reasons;
}

/** Why a family match matters: the family, and its control as a class of schedule I substances. */
export function familyReasons(family: FamilyRule): string[] {
  return [`${family.name}: word ending in "${family.suffix}"`, 'Schedule I (21 CFR 1308.11(h))'];
}
