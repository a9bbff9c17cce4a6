/**
 * The pipeline loads wink-nlp and its model (through ingest), every extractor and the lexicons. Only the
 * commands that build a dataset need it, so they import it on first use, and `dossier validate`, `diff`
 * and `release` start without it.
 */
import type * as Pipeline from '@dossier/pipeline';

export async function buildDataset(...args: Parameters<typeof Pipeline.buildDataset>): ReturnType<typeof Pipeline.buildDataset> {
  const pipeline = await import('@dossier/pipeline');
  return pipeline.buildDataset(...args);
}
