/** The worker-thread entry for the export: one task = render, hash and write one table's CSV and JSON. */
import { writeTableFiles, type FileFacts, type Row } from '@dossier/export';

export interface TableTask {
  folder: string;
  table: string;
  rows: Row[];
}

export default function writeTableInWorker(task: TableTask): FileFacts[] {
  return writeTableFiles(task.folder, task.table, task.rows);
}
