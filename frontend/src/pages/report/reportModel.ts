import type { ReportColumn } from '../../api/types';

/** A heading of the on-screen table: a lone column, or a group over adjacent columns. */
export interface HeadingGroup {
  /** null for a lone column */
  group: string | null;
  columns: { index: number; column: ReportColumn }[];
}

/** Adjacent columns of the same group under one heading, as the printed form draws them. */
export function groupColumns(columns: readonly ReportColumn[]): HeadingGroup[] {
  const groups: HeadingGroup[] = [];
  columns.forEach((column, index) => {
    const last = groups[groups.length - 1];
    if (column.group != null && last && last.group === column.group) {
      last.columns.push({ index, column });
    } else {
      groups.push({ group: column.group, columns: [{ index, column }] });
    }
  });
  return groups;
}

/** `Biểu 1-TCTW 2025-12-31.xlsx` */
export function fileName(formCode: string, date: string, format: 'xlsx' | 'pdf'): string {
  return `${formCode} ${date}.${format}`;
}
