export type { Gold, GoldEntity, GoldRole, GoldTimex, GoldQuote, GoldQuantity } from './gold.js';
export { parseGold, GOLD_SCHEMA } from './gold.js';
export { readGold, GOLD_SUFFIX } from './read-gold.js';
export { findNth, allOccurrences, overlapLength } from './locate.js';
export { prf, microAverage, macroAverage, accuracy } from './prf.js';
export type { Prf, Counts, Accuracy } from './prf.js';
export { matchOneToOne } from './match.js';
export { nameKey, titleKey, TITLE_SYNONYMS } from './normalize.js';
export { viewDataset } from './view.js';
export { scoreArticle, speakerMatches, METRICS, ACCURACIES } from './score-article.js';
export type { ArticleScore, MetricName, MetricResult, AccuracyName } from './score-article.js';
export { scoreDataset, REPORT_FORMAT } from './report.js';
export type { QualityReport, GoldFile } from './report.js';
export { renderText, renderMarkdown } from './render.js';
export { baselineOf, baselineScores, compareToBaseline, improvements } from './baseline.js';
export type { Baseline, Regression } from './baseline.js';
export { qualityFiles, qualityFilesFor } from './quality-files.js';
export type { QualityFile } from './quality-files.js';
export { parseMeantime } from './meantime/parse.js';
export type { MeantimeDoc } from './meantime/parse.js';
export { meantimeArticle, spanOfTokens } from './meantime/article.js';
export { loadMeantime, writeMeantimeArticles } from './meantime/load.js';
export { scoreMeantime, renderMeantime } from './meantime/score.js';
export type { MeantimeReport } from './meantime/score.js';
export { parseTimeml } from './tempeval/parse.js';
export type { TimemlDoc, TimemlTimex } from './tempeval/parse.js';
export { timemlArticle } from './tempeval/article.js';
export type { TimemlArticle } from './tempeval/article.js';
export { loadTimeml, writeTimemlArticles } from './tempeval/load.js';
export { scoreTempeval, renderTempeval } from './tempeval/score.js';
export type { TempevalReport } from './tempeval/score.js';
export { scoreImport, scorePage, summarize, normalizeParagraph, paragraphsMatch } from './news-html/score.js';
export type { ExpectedPage, ProducedArticle, PageScore, NewsHtmlReport } from './news-html/score.js';
export { loadNewsHtmlBench, readImported } from './news-html/read.js';
export { renderNewsHtml } from './news-html/render.js';
export { parseAnn } from './polnear/parse.js';
export type { PolnearAttribution } from './polnear/parse.js';
export { polnearArticle } from './polnear/article.js';
export { loadPolnear, writePolnearArticles } from './polnear/load.js';
export type { PolnearDoc, PolnearSplit } from './polnear/load.js';
export { scorePolnear, renderPolnear, sourceKind } from './polnear/score.js';
export type { PolnearReport } from './polnear/score.js';
export { parseConll, chunksOf } from './conll/parse.js';
export type { ConllStory, ConllChunk } from './conll/parse.js';
export { conllArticle } from './conll/article.js';
export { loadConll, writeConllArticles } from './conll/load.js';
export type { ConllDoc } from './conll/load.js';
export { scoreConll, renderConll } from './conll/score.js';
export type { ConllReport } from './conll/score.js';
export { scoreArticleEvents, parseGoldEvent, eventTypeOfLabel, EVENT_LABEL_TYPES } from './events.js';
export type { ArticleEventScore, GoldEvent, EventRow } from './events.js';
export type { EventsReport } from './report.js';
export {
  BENCHMARKS,
  BENCHMARKS_FORMAT,
  IN_SAMPLE_LABEL,
  benchmarksFile,
  goldMeasured,
  conllMeasured,
  meantimeMeasured,
  polnearMeasured,
  newsHtmlMeasured,
  tempevalMeasured,
  headlineValue,
  targetValue,
} from './benchmarks.js';
export type {
  BenchmarkEntry,
  BenchmarkSpec,
  BenchmarksFile,
  Measured,
  MetricSpec,
  Score,
  Target,
} from './benchmarks.js';
export { renderBenchmarksMarkdown, renderBenchmarksText, targetText } from './render-benchmarks.js';
