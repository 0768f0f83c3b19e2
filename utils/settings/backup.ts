// Settings as a file: the export, and an import that is checked whole before anything is stored.
import { LIMITS, MIGRATIONS, SETTING_FIELDS, SETTINGS_VERSION, validateSettings, type Settings } from './schema';
import { saveSettings } from './store';

export const EXPORT_FORMAT = 'creditline-settings';

export function exportSettingsJson(settings: Settings): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: validateSettings(settings).settings }, null, 2);
}

export type ImportError =
  | { code: 'too-large'; bytes: number }
  | { code: 'not-json' }
  | { code: 'wrong-shape' }
  | { code: 'newer-version'; version: number }
  | { code: 'bad-field'; field: keyof Settings };

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: ImportError };

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Parses an exported settings file. Strict: a file that is too large, not JSON, not our format, or has
 * any invalid field is rejected whole (nothing is half-imported). Fields it does not mention take
 * their defaults.
 */
export function parseSettingsImport(text: string): ImportResult {
  const bytes = byteLength(text);
  if (bytes > LIMITS.importBytes) return { ok: false, error: { code: 'too-large', bytes } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: { code: 'wrong-shape' } };
  const envelope = data as Record<string, unknown>;
  const version = envelope.version;
  if (envelope.format !== EXPORT_FORMAT || typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'wrong-shape' } };
  }
  if (version > SETTINGS_VERSION) return { ok: false, error: { code: 'newer-version', version } };
  let body = envelope.settings;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, error: { code: 'wrong-shape' } };
  for (let v = version + 1; v <= SETTINGS_VERSION; v++) body = MIGRATIONS[v]?.(body) ?? body;
  const obj = body as Record<string, unknown>;
  const known = SETTING_FIELDS.filter((k) => k in obj);
  if (!known.length) return { ok: false, error: { code: 'wrong-shape' } };
  const v = validateSettings(obj);
  const bad = v.repaired.find((k) => k in obj);
  if (bad) return { ok: false, error: { code: 'bad-field', field: bad } };
  return { ok: true, settings: v.settings };
}

/** Reads an import file and stores it only when every check passes. */
export async function importSettingsFile(file: Blob): Promise<ImportResult> {
  if (file.size > LIMITS.importBytes) return { ok: false, error: { code: 'too-large', bytes: file.size } };
  const result = parseSettingsImport(await file.text());
  if (result.ok) await saveSettings(result.settings);
  return result;
}
