import { writeFile } from 'node:fs/promises';
import type { RegisterCommands } from '../cli/command-context.js';
import { explainRows, explanationJson, type ShapleyMethod } from './engine/explanation-report.js';
import { assessDataBias } from './engine/data-bias.js';
import { buildFairnessReport } from './engine/fairness-report.js';
import { attachToModel } from './fairness.model-commands.js';
import { encodeGroups } from './engine/group-encoding.js';
import { compareReweighing, compareThresholdRule } from './engine/mitigation.js';
import { createModel, parseModelSpec } from './engine/model.js';
import { renderModelCard } from './engine/model-card.js';
import { partialDependence, permutationImportance } from './engine/model-inspection.js';
import { createPrng } from './engine/prng.js';
import { renderHtmlReport } from './engine/report-html.js';
import { dataBiasJson, metricsJson, reportJson } from './engine/report-json.js';
import { reweigh } from './engine/reweighing.js';
import { binaryColumn, numberColumn, textColumn } from './engine/table-loader.js';
import {
  drawPredictions,
  fitThresholdOptimizer,
  ruleProbabilities,
} from './engine/threshold-optimizer.js';
import { parseRuleJson, ruleJson } from './engine/threshold-rule-json.js';
import {
  choice,
  columnList,
  emit,
  inputFormat,
  MAX_JSON_BYTES,
  numberFlag,
  pct,
  printReportTable,
  reportOptions,
  withData,
  type DataFlags,
  type ReportFlags,
} from './fairness.command-options.js';
import { FairnessColumnNotFound, FairnessInvalidOptions } from './fairness.errors.js';
import { featureMatrix, readJsonFile, readTableFile, tableToCsv } from './table-files.js';

/** `rampart fairness report|mitigate|apply` and `rampart explain`. */
export const registerFairnessCommands: RegisterCommands = (program, ctx) => {
  const fairness = program
    .command('fairness')
    .description("Audit a model's predictions for bias across groups, and mitigate it");

  withData(
    fairness
      .command('report')
      .description(
        'Group metrics with 95% intervals, disparities, calibration, data bias and a mitigation preview',
      ),
  )
    .requiredOption('--label <col>', 'true label column (0/1)')
    .option('--prediction <col>', 'prediction column (0/1)')
    .option('--score <col>', 'score column; predict 1 when score >= --threshold')
    .option('--threshold <t>', 'threshold for --score')
    .requiredOption(
      '--group <cols>',
      'protected attribute column(s), comma-separated for intersections',
    )
    .option('--favorable <0|1>', 'favourable label for disparate impact (default 1)')
    .option('--privileged <value>', 'privileged group for disparate impact and average odds')
    .option('--unprivileged <value>', 'compare only this group with the privileged one')
    .option('--min-group-size <n>', 'warn about groups smaller than this (default 30)')
    .option('--bootstrap <n>', 'bootstrap resamples for intervals of the differences (default 0)')
    .option('--seed <n>', 'seed for the bootstrap (default 0)')
    .option(
      '--mitigation <constraint>',
      'demographic_parity|equalized_odds|true_positive_rate_parity|none (with --score)',
    )
    .option('--proxies <cols>', 'categorical features to screen as proxies of the group')
    .option('--numeric <cols>', 'numeric features to correlate with each group (point-biserial)')
    .option('--format <format>', 'table|json|html|markdown (default table, or json with --json)')
    .option('--out <file>', 'write the report to this file')
    .option('--attach <model>', 'also store the report with this registry model version (NAME@V)')
    .option('--project <name>', 'project of the --attach model', 'default')
    .action(async (o: ReportFlags & { attach?: string; project: string }) => {
      const out = ctx.out();
      const format =
        choice(o.format, ['table', 'json', 'html', 'markdown'] as const, '--format') ??
        (out.isJson ? 'json' : 'table');
      const table = await readTableFile(o.data, inputFormat(o));
      const report = buildFairnessReport(table, reportOptions(o));
      if (o.attach !== undefined)
        await attachToModel(ctx, { ref: o.attach, project: o.project }, { fairness: report });
      if (format === 'json') await emit(out, JSON.stringify(reportJson(report), null, 2), o.out);
      else if (format === 'html')
        await emit(
          out,
          renderHtmlReport(report, {
            title: `Fairness report: ${o.label} by ${o.group}`,
            source: o.data,
          }),
          o.out,
        );
      else if (format === 'markdown')
        await emit(
          out,
          renderModelCard({ modelName: o.prediction ?? o.score ?? 'model', fairness: report }),
          o.out,
        );
      else {
        printReportTable(out, report);
        if (o.out !== undefined) {
          await writeFile(
            o.out,
            renderHtmlReport(report, {
              title: `Fairness report: ${o.label} by ${o.group}`,
              source: o.data,
            }),
          );
          out.info(`wrote the HTML report to ${o.out}`);
        }
      }
    });

  withData(
    fairness
      .command('bias')
      .description('Data bias before any model: representation, base rates, reweighing, proxies'),
  )
    .requiredOption('--label <col>', 'true label column (0/1)')
    .requiredOption('--group <cols>', 'protected attribute column(s)')
    .option(
      '--proxies <cols>',
      "categorical features to screen (χ², Cramér's V, mutual information)",
    )
    .option('--numeric <cols>', 'numeric features to correlate with each group (point-biserial)')
    .action(
      async (
        o: DataFlags & { label: string; group: string; proxies?: string; numeric?: string },
      ) => {
        const out = ctx.out();
        const table = await readTableFile(o.data, inputFormat(o));
        const bias = assessDataBias(table, {
          label: o.label,
          groupColumns: columnList(o.group),
          ...(o.proxies === undefined ? {} : { proxyFeatures: columnList(o.proxies) }),
          ...(o.numeric === undefined ? {} : { numericFeatures: columnList(o.numeric) }),
        });
        if (out.isJson) {
          out.json(dataBiasJson(bias));
          return;
        }
        out.table(bias.representation, [
          { header: 'group', value: (r) => r.group },
          { header: 'rows', value: (r) => r.count },
          { header: 'share', value: (r) => pct(r.share) },
          { header: 'base rate', value: (r) => pct(r.baseRate) },
        ]);
        out.line(`overall base rate ${pct(bias.overallBaseRate)}`);
        out.table(bias.reweighing, [
          { header: 'group', value: (c) => c.group },
          { header: 'label', value: (c) => c.label },
          { header: 'rows', value: (c) => c.count },
          { header: 'reweighing weight', value: (c) => c.weight.toFixed(4) },
        ]);
        if (bias.proxies.length > 0) {
          out.table(bias.proxies, [
            { header: 'feature', value: (p) => p.feature },
            { header: 'χ²', value: (p) => p.chiSquare.toFixed(2) },
            { header: 'df', value: (p) => p.degreesOfFreedom },
            { header: "Cramér's V", value: (p) => p.cramersV.toFixed(4) },
            { header: 'MI (nats)', value: (p) => p.mutualInformation.toFixed(5) },
            { header: 'MI / H(group)', value: (p) => p.normalizedMutualInformation.toFixed(4) },
          ]);
        }
        if (bias.numericProxies.length > 0) {
          out.table(bias.numericProxies, [
            { header: 'feature', value: (p) => p.feature },
            { header: 'group', value: (p) => p.group },
            { header: 'point-biserial r', value: (p) => p.correlation.toFixed(4) },
          ]);
        }
      },
    );

  withData(
    fairness
      .command('mitigate')
      .description('Reweighing weights as a column, or a threshold rule as JSON'),
  )
    .requiredOption('--label <col>', 'true label column (0/1)')
    .requiredOption('--group <cols>', 'protected attribute column(s)')
    .option('--method <method>', 'reweighing|threshold (default reweighing)')
    .option(
      '--constraint <c>',
      'demographic_parity|equalized_odds|true_positive_rate_parity (threshold)',
    )
    .option('--score <col>', 'score column (threshold method)')
    .option(
      '--prediction <col>',
      'current predictions, for the before/after comparison (reweighing)',
    )
    .option('--weight-column <name>', 'name of the weight column (default weight)')
    .option('--out <file>', 'write the weighted table (CSV) or the rule (JSON) here')
    .action(
      async (
        o: DataFlags & {
          label: string;
          group: string;
          method?: string;
          constraint?: string;
          score?: string;
          prediction?: string;
          weightColumn?: string;
          out?: string;
        },
      ) => {
        const out = ctx.out();
        const method =
          choice(o.method, ['reweighing', 'threshold'] as const, '--method') ?? 'reweighing';
        const table = await readTableFile(o.data, inputFormat(o));
        const groups = encodeGroups(o.group.split(',').map((g) => textColumn(table, g.trim())));
        const yTrue = binaryColumn(table, o.label);
        if (method === 'reweighing') {
          const { weights, cells } = reweigh({ yTrue, groups });
          const comparison =
            o.prediction === undefined
              ? undefined
              : compareReweighing(
                  { yTrue, yPred: binaryColumn(table, o.prediction), groups },
                  weights,
                );
          if (o.out !== undefined)
            await emit(
              out,
              tableToCsv(table, [{ name: o.weightColumn ?? 'weight', values: weights }]),
              o.out,
            );
          if (out.isJson || o.out === undefined) {
            out.json({
              method,
              cells,
              ...(comparison === undefined
                ? {}
                : { before: metricsJson(comparison.before), after: metricsJson(comparison.after) }),
            });
          } else
            out.table(cells, [
              { header: 'group', value: (c) => c.group },
              { header: 'label', value: (c) => c.label },
              { header: 'rows', value: (c) => c.count },
              { header: 'weight', value: (c) => c.weight.toFixed(4) },
            ]);
          return;
        }
        if (o.score === undefined)
          throw new FairnessInvalidOptions(
            'The threshold method needs a score column.',
            'Add --score COL.',
          );
        const constraint =
          choice(
            o.constraint,
            ['demographic_parity', 'equalized_odds', 'true_positive_rate_parity'] as const,
            '--constraint',
          ) ?? 'demographic_parity';
        const scores = numberColumn(table, o.score);
        const rule = fitThresholdOptimizer({ scores, yTrue, groups }, { constraint });
        const probabilities = ruleProbabilities(rule, { scores, groups });
        await emit(out, JSON.stringify(ruleJson(rule), null, 2), o.out);
        const after = compareThresholdRule(
          { yTrue, yPred: Uint8Array.from(probabilities, (p) => (p >= 0.5 ? 1 : 0)), groups },
          probabilities,
        ).after;
        out.info(
          `expected accuracy ${pct(after.overall.rates.accuracy)}; selection rate by group: ${after.groups.map((g) => `${g.group} ${pct(g.rates.selection_rate)}`).join(', ')}`,
        );
      },
    );

  withData(
    fairness.command('apply').description('Apply a threshold rule (from mitigate) to new scores'),
  )
    .requiredOption('--rule <file>', 'rule JSON written by `fairness mitigate --method threshold`')
    .requiredOption('--score <col>', 'score column')
    .requiredOption('--group <cols>', 'protected attribute column(s), as when fitting')
    .option('--seed <n>', 'seed for the randomised decisions (default 0)')
    .option('--out <file>', 'write the table with probability and prediction columns (CSV)')
    .action(
      async (
        o: DataFlags & { rule: string; score: string; group: string; seed?: string; out?: string },
      ) => {
        const out = ctx.out();
        const rule = parseRuleJson(await readJsonFile(o.rule, MAX_JSON_BYTES));
        const table = await readTableFile(o.data, inputFormat(o));
        const groups = encodeGroups(o.group.split(',').map((g) => textColumn(table, g.trim())));
        const probabilities = ruleProbabilities(rule, {
          scores: numberColumn(table, o.score),
          groups,
        });
        const predictions = drawPredictions(
          probabilities,
          createPrng(numberFlag(o.seed, '--seed') ?? 0),
        );
        await emit(
          out,
          tableToCsv(table, [
            { name: 'probability', values: probabilities },
            { name: 'prediction', values: predictions },
          ]),
          o.out,
        );
      },
    );

  withData(
    program
      .command('explain')
      .description(
        'Shapley values per row and global feature importance for a linear or tree model',
      ),
  )
    .requiredOption('--model <file>', 'model JSON (linear/logistic coefficients or tree ensemble)')
    .option(
      '--background <file>',
      'background sample table (default: the first 100 rows of --data)',
    )
    .option('--rows <n>', 'explain the first n rows (default 10)')
    .option('--method <m>', 'auto|exact|kernel (default auto: exact up to 16 features)')
    .option('--coalitions <n>', 'coalitions per row for kernel (default 2048)')
    .option('--seed <n>', 'seed for kernel sampling and permutation importance (default 0)')
    .option('--label <col>', 'label column: adds permutation importance (accuracy)')
    .option('--pd <features>', 'partial dependence over the background for these features')
    .option('--format <format>', 'table|json (default table, or json with --json)')
    .option(
      '--attach <model>',
      'also store the explanation with this registry model version (NAME@V)',
    )
    .option('--project <name>', 'project of the --attach model', 'default')
    .action(
      async (
        o: DataFlags & {
          attach?: string;
          project: string;
          model: string;
          background?: string;
          rows?: string;
          method?: string;
          coalitions?: string;
          seed?: string;
          label?: string;
          pd?: string;
          format?: string;
        },
      ) => {
        const out = ctx.out();
        const format =
          choice(o.format, ['table', 'json'] as const, '--format') ??
          (out.isJson ? 'json' : 'table');
        const model = createModel(parseModelSpec(await readJsonFile(o.model, MAX_JSON_BYTES)));
        const table = await readTableFile(o.data, inputFormat(o));
        const background = featureMatrix(
          o.background === undefined ? table : await readTableFile(o.background),
          model.featureNames,
          100,
        );
        const rows = featureMatrix(table, model.featureNames, numberFlag(o.rows, '--rows') ?? 10);
        const seed = numberFlag(o.seed, '--seed') ?? 0;
        const coalitions = numberFlag(o.coalitions, '--coalitions');
        const report = explainRows(model, rows, background, {
          method:
            choice(o.method, ['auto', 'exact', 'kernel'] as const, '--method') ??
            ('auto' satisfies ShapleyMethod),
          seed,
          ...(coalitions === undefined ? {} : { maxCoalitions: coalitions }),
        });
        if (o.attach !== undefined)
          await attachToModel(ctx, { ref: o.attach, project: o.project }, { explanation: report });
        const importance =
          o.label === undefined
            ? undefined
            : permutationImportance(
                model,
                {
                  ...featureMatrix(table, model.featureNames),
                  yTrue: Float64Array.from(binaryColumn(table, o.label)),
                },
                { metric: 'accuracy', seed },
              );
        const dependence = (o.pd === undefined ? [] : columnList(o.pd)).map((name) => {
          const j = model.featureNames.indexOf(name);
          if (j < 0) throw new FairnessColumnNotFound(name, model.featureNames);
          return partialDependence(model, background, j);
        });
        if (format === 'json') {
          out.json({
            ...explanationJson(report),
            ...(importance === undefined ? {} : { permutation_importance: importance }),
            ...(dependence.length === 0 ? {} : { partial_dependence: dependence }),
          });
          return;
        }
        out.table(
          report.rows.map((e, i) => ({ e, i })),
          [
            { header: 'row', value: (r) => r.i + 1 },
            { header: 'base', value: (r) => r.e.baseValue.toFixed(4) },
            { header: 'prediction', value: (r) => r.e.prediction.toFixed(4) },
            ...model.featureNames.map((f, j) => ({
              header: f,
              value: (r: { e: { values: Float64Array } }) => (r.e.values[j] as number).toFixed(4),
            })),
          ],
        );
        out.table(report.globalImportance, [
          { header: 'feature', value: (g) => g.feature },
          { header: 'mean |SHAP|', value: (g) => g.meanAbsShap.toPrecision(4) },
        ]);
        if (importance !== undefined)
          out.table(importance, [
            { header: 'feature', value: (g) => g.feature },
            {
              header: 'permutation importance (accuracy drop)',
              value: (g) => `${g.importance.toFixed(4)} ± ${g.std.toFixed(4)}`,
            },
          ]);
        for (const pd of dependence) {
          out.line(
            `partial dependence of ${pd.feature}: ${pd.grid.map((g, k) => `${g} → ${(pd.values[k] as number).toFixed(4)}`).join(', ')}`,
          );
        }
      },
    );
};
