/** The worker-thread entry for the export: one task = render, hash and write a group of tables' CSV and JSON. */
import { writeTableFiles, type FileFacts, type Row } from '@dossier/export';

export interface TableTask {
  folder: string;
  tables: Array<{ table: string; rows: Row[] }>;
}

export default function writeTablesInWorker(task: TableTask): FileFacts[] {
  return task.tables.flatMap(({ table, rows }) => writeTableFiles(task.folder, table, rows));
}
