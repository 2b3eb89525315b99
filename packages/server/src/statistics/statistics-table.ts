// Reads the statistics bureau's table (Excel or CSV) into rows of indicator, period and value.
// Headers may be Chinese (指标/期间/数值) or English; periods are `2026-03`, `2026-Q1` or `2026`.
import ExcelJS from "exceljs";

export interface StatisticsRow {
  indicator: string;
  period: string;
  value: number;
}

export type TableReading =
  | { ok: true; rows: StatisticsRow[]; skipped: number }
  | { ok: false; message: string };

const headerNames = {
  indicator: ["指标", "指标名称", "indicator"],
  period: ["期间", "时期", "统计期", "月份", "period"],
  value: ["数值", "值", "累计", "增速", "value"],
};

export async function readStatisticsTable(fileName: string, bytes: Uint8Array): Promise<TableReading> {
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let cells: string[][];
  if (isXlsx) {
    try {
      cells = await xlsxCells(bytes);
    } catch {
      return { ok: false, message: "无法读取 Excel 文件" };
    }
  } else if (/\.csv$/i.test(fileName) || !bytes.includes(0)) {
    const text = decodeText(bytes);
    if (text === null) return { ok: false, message: "CSV 文件编码无法识别" };
    cells = csvCells(text);
  } else {
    return { ok: false, message: "只支持 .xlsx 或 .csv 文件" };
  }
  return rowsFromCells(cells);
}

export function rowsFromCells(cells: string[][]): TableReading {
  const headerIndex = cells.findIndex(
    (row) => columnIndex(row, "indicator") >= 0 && columnIndex(row, "value") >= 0,
  );
  const header = cells[headerIndex];
  if (!header) return { ok: false, message: "找不到表头：需要“指标、期间、数值”三列" };
  const col = {
    indicator: columnIndex(header, "indicator"),
    period: columnIndex(header, "period"),
    value: columnIndex(header, "value"),
  };
  if (col.period < 0) return { ok: false, message: "找不到“期间”列" };
  const rows: StatisticsRow[] = [];
  let skipped = 0;
  for (const row of cells.slice(headerIndex + 1)) {
    const indicator = (row[col.indicator] ?? "").trim();
    const period = normalisePeriod(row[col.period] ?? "");
    const value = Number((row[col.value] ?? "").replace(/[,%\s]/g, ""));
    if (!indicator && !row[col.value]) continue;
    if (!indicator || !period || !Number.isFinite(value) || (row[col.value] ?? "").trim() === "") {
      skipped++;
      continue;
    }
    rows.push({ indicator, period, value });
  }
  return { ok: true, rows, skipped };
}

/** `2026-3`, `2026年3月`, `2026-03` → `2026-03`; `2026年一季度`/`2026Q1` → `2026-Q1`; `2026` stays. */
export function normalisePeriod(raw: string): string | null {
  const s = raw.trim().replace(/\s/g, "");
  let m = /^(\d{4})[-/.年]?(\d{1,2})月?$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${String(Number(m[2])).padStart(2, "0")}`;
  m = /^(\d{4})[-年]?(?:Q|第?)([1-4一二三四])(?:季度)?$/i.exec(s);
  if (m) return `${m[1]}-Q${"一二三四".indexOf(m[2] as string) + 1 || m[2]}`;
  m = /^(\d{4})年?$/.exec(s);
  return m ? (m[1] as string) : null;
}

function columnIndex(row: readonly string[], key: keyof typeof headerNames): number {
  return row.findIndex((cell) => headerNames[key].includes(cell.trim().toLowerCase()));
}

async function xlsxCells(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const cells: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cell.text ?? "";
    });
    cells.push(Array.from(values, (v) => v ?? ""));
  });
  return cells;
}

function csvCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function decodeText(bytes: Uint8Array): string | null {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  for (const encoding of ["utf-8", "gb18030"]) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {}
  }
  return null;
}
