import type { Figure } from '../../data/provenance';
import type { TargetStatus } from '../../engine/projection-types';
import type { ExportColumn, ExportTable } from '../export/table-model';

/**
 * A table as every view draws it (workbench, uncertainty, slides, report) and as it leaves the app
 * (CSV, XLSX, clipboard): one model, so that a file holds what the screen shows.
 */
export interface DataTableModel {
  /** The table's title: the sheet's and the file's name. */
  readonly title: string;
  /** A line above the table on screen; null for none. */
  readonly caption: string | null;
  /** Header of the first column (the row headings), e.g. "指标". */
  readonly rowHeader: string;
  /** Header of the unit column the files add after the row headings; null when rows carry no unit. */
  readonly unitHeader: string | null;
  readonly columns: readonly DataColumn[];
  readonly rows: readonly DataRow[];
  /**
   * Explanations below the table (e.g. which growth figure is which): under it on screen and in
   * print, and in files after their source line. Absent: none.
   */
  readonly notes?: readonly string[];
}

/** One column after the row headings. */
export interface DataColumn {
  readonly id: string;
  /** Header as shown, e.g. "完成率". */
  readonly header: string;
  /** Header in files, with its unit where the unit is the column's, e.g. "完成率（%）". */
  readonly fileHeader: string;
  /** Decimals of the exported number (as shown on screen); absent for a text column. */
  readonly decimals?: number;
  /** Right-aligned with tabular digits (numbers). */
  readonly numeric: boolean;
  /** Shown on screen only (e.g. a bar), or in files only (e.g. the year land binds from). */
  readonly only?: 'screen' | 'file';
}

/** The heading cell of a row: the target's name, its unit and any remarks below. */
export interface RowHeading {
  readonly name: string;
  /** The unit as written after the name, brackets included, e.g. "（亿元）"; null for none. */
  readonly unitText: string | null;
  /** The unit alone for the files' unit column, e.g. "亿元". */
  readonly unit: string | null;
  /** Remarks under the name; a warning tone for land limits. */
  readonly notes: readonly { readonly text: string; readonly tone?: 'warn' }[];
  /** The name as files write it (with its remark in brackets where there is one). */
  readonly fileName: string;
  /** Attributes of the name, e.g. { 'data-source': 'plan' } where the name is the plan's own words. */
  readonly nameAttrs?: Readonly<Record<string, string>>;
}

/** A cell: the text shown and the value written to files. */
export interface DataCell {
  readonly text: string;
  /** What files hold: a number in display units (a percentage as 85.1), text, or null. Default: `text`. */
  readonly value?: string | number | null;
  readonly strong?: boolean;
  /** A small bar before the text: how full (0…1) and its colour by status, or neutral. */
  readonly bar?: { readonly fraction: number; readonly tone: TargetStatus | 'neutral' };
  /** A status, drawn with its icon and words. */
  readonly status?: TargetStatus;
  /** The plan figure behind the value: a provenance mark on screen. */
  readonly figure?: { readonly figure: Figure<number>; readonly subject: string; readonly chosen?: number };
  /** A footnote number (printed report). */
  readonly footnote?: number;
  /** Extra attributes for tests and tools, e.g. { 'data-p': '0.42' }. */
  readonly attrs?: Readonly<Record<string, string>>;
}

/** One row. */
export interface DataRow {
  readonly id: string;
  readonly heading: RowHeading;
  readonly cells: Readonly<Record<string, DataCell>>;
  /** Attributes of the row element, e.g. { 'data-target-id': 'newMaterials' }. */
  readonly attrs?: Readonly<Record<string, string>>;
}

/** The columns shown on screen (files-only columns left out). */
export function screenColumns(model: DataTableModel): DataColumn[] {
  return model.columns.filter((column) => column.only !== 'file');
}

/**
 * The table as it leaves the app: row headings, the unit column (when there is one), then every
 * column but screen-only ones, with headers carrying units; `notes` follow the table in files.
 */
export function toExportTable(
  model: DataTableModel,
  scenario: string,
  notes: readonly string[],
): ExportTable {
  const columns = model.columns.filter((column) => column.only !== 'screen');
  const head: ExportColumn[] = [{ header: model.rowHeader }];
  if (model.unitHeader !== null) head.push({ header: model.unitHeader });
  return {
    title: model.title,
    scenario,
    columns: [
      ...head,
      ...columns.map((column): ExportColumn =>
        column.decimals === undefined
          ? { header: column.fileHeader }
          : { header: column.fileHeader, decimals: column.decimals },
      ),
    ],
    rows: model.rows.map((row) => [
      row.heading.fileName,
      ...(model.unitHeader === null ? [] : [row.heading.unit]),
      ...columns.map((column) => {
        const cell = row.cells[column.id];
        if (cell === undefined) return null;
        return cell.value === undefined ? cell.text : cell.value;
      }),
    ]),
    notes: [...notes, ...(model.notes ?? [])],
  };
}
