import Ajv2020 from 'ajv/dist/2020';
import schema from '../../docs/report.schema.json';
import type { Report } from '../core/report/types';

const MAX_ERRORS = 20;
const validate = new Ajv2020({ allErrors: true }).compile<Report>(schema);

/** Validates against the published schema itself (ajv), independently of the extension's hand-written validator. */
export function checkReportSchema(value: unknown): { ok: true; report: Report } | { ok: false; errors: string[] } {
  if (validate(value)) return { ok: true, report: value };
  const errors = (validate.errors ?? [])
    .slice(0, MAX_ERRORS)
    .map((error) => `${error.instancePath || '/'}: ${error.message ?? 'is invalid'}`);
  return { ok: false, errors };
}
