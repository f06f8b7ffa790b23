/**
 * One user list (custom terms, allow-lists, reference prices, rates): add an item, remove items, import CSV or JSON
 * (valid lines are added, each bad line is listed as "line N: …"), and export as CSV or JSON files.
 */
import { useState } from 'preact/hooks';
import {
  checkListItem, exportList, importList, listItemCells, mergeList, type ListError, type ListFormat, type ListItems, type ListKind,
} from '../core/settings';

/** A field of the add form: a column, its label, and a fixed set of choices when it has one. */
export interface ListField {
  column: string;
  label: string;
  options?: readonly string[];
  optional?: boolean;
}

interface Props<K extends ListKind> {
  kind: K;
  /** e.g. "Custom terms"; also names the exported file. */
  title: string;
  description: string;
  fields: readonly ListField[];
  items: ListItems[K][];
  onChange(items: ListItems[K][]): Promise<void>;
}

const MIME: Record<ListFormat, string> = { csv: 'text/csv', json: 'application/json' };

export function ListEditor<K extends ListKind>({ kind, title, description, fields, items, onChange }: Props<K>) {
  const [addError, setAddError] = useState('');
  const [addKey, setAddKey] = useState(0);
  const [importText, setImportText] = useState('');
  const [importStatus, setImportStatus] = useState('');
  const [importErrors, setImportErrors] = useState<ListError[]>([]);
  const id = (part: string) => `${kind}-${part}`;
  const lower = title.toLowerCase();

  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const cells = Object.fromEntries(fields.map((f) => [f.column, String(form.get(f.column) ?? '')]));
    const checked = checkListItem(kind, cells);
    if (!checked.ok) {
      setAddError(`Not added: ${checked.error}.`);
      return;
    }
    setAddError('');
    setAddKey((k) => k + 1);
    void onChange(mergeList(kind, items, [checked.item]));
  };

  const runImport = () => {
    const result = importList(kind, importText);
    setImportErrors(result.errors);
    const added = `Imported ${result.items.length} ${result.items.length === 1 ? 'item' : 'items'} into ${lower}.`;
    setImportStatus(result.errors.length ? `${added} ${result.errors.length} ${result.errors.length === 1 ? 'line was' : 'lines were'} not imported:` : added);
    if (result.items.length) void onChange(mergeList(kind, items, result.items));
    // Keep the text when something was refused, so the user can fix those lines.
    if (!result.errors.length) setImportText('');
  };

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file) setImportText(await file.text());
  };

  const exportHref = (format: ListFormat) => `data:${MIME[format]};charset=utf-8,${encodeURIComponent(exportList(kind, items, format))}`;
  const fileName = (format: ListFormat) => `rxlens-${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.${format}`;
  const columns = fields.map((f) => f.column);

  return (
    <section class="list" aria-labelledby={id('title')}>
      <h3 id={id('title')}>{title}</h3>
      <p class="hint">{description}</p>

      {items.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {fields.map((f) => <th scope="col" key={f.column}>{f.label}</th>)}
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => {
              const cells = listItemCells(kind, item);
              return (
                <tr key={index}>
                  {columns.map((c) => <td key={c}>{cells[c]}</td>)}
                  <td>
                    <button type="button" aria-label={`Remove ${cells[columns[0]]}`} onClick={() => void onChange(items.filter((_, i) => i !== index))}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <form key={addKey} onSubmit={add} noValidate class="add" aria-label={`Add to ${lower}`}>
        {fields.map((f) => (
          <div class="field" key={f.column}>
            <label for={id(`add-${f.column}`)}>{f.label}{f.optional ? ' (optional)' : ''}</label>
            {f.options ? (
              <select id={id(`add-${f.column}`)} name={f.column}>
                {f.options.map((o) => <option key={o} value={o}>{o}</option>)}
              </select>
            ) : (
              <input id={id(`add-${f.column}`)} name={f.column} type="text" autocomplete="off" aria-describedby={addError ? id('add-error') : undefined} />
            )}
          </div>
        ))}
        <div class="actions">
          <button type="submit">Add to {lower}</button>
        </div>
        <p id={id('add-error')} role="alert" class="error">{addError}</p>
      </form>

      <h4>Import or export {lower}</h4>
      <div class="field">
        <label for={id('import-text')}>CSV or JSON to import</label>
        <textarea
          id={id('import-text')}
          rows={4}
          spellcheck={false}
          value={importText}
          onInput={(e) => setImportText(e.currentTarget.value)}
          aria-describedby={id('import-hint')}
        />
        <p id={id('import-hint')} class="hint">CSV starts with the line {columns.join(',')}; JSON is a list of objects with those keys.</p>
      </div>
      <div class="field">
        <label for={id('import-file')}>Or read a file</label>
        <input id={id('import-file')} type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void readFile(e.currentTarget)} />
      </div>
      <div class="actions">
        <button id={id('import')} type="button" onClick={runImport} disabled={!importText.trim()}>Import {lower}</button>
        <a class="button" href={exportHref('csv')} download={fileName('csv')}>Export {lower} as CSV</a>
        <a class="button" href={exportHref('json')} download={fileName('json')}>Export {lower} as JSON</a>
      </div>
      <div role="status" class="status" data-testid={id('import-status')}>
        {importStatus}
        {importErrors.length > 0 && (
          <ul class="errors">
            {importErrors.map((e, i) => <li key={i}>{`line ${e.line}: ${e.message}`}</li>)}
          </ul>
        )}
      </div>
    </section>
  );
}
