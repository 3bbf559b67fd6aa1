package de.lagebild.survey;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Survey results as Tablesaw tables, for tools that work with Tablesaw. Undefined values (no CI, no
 * design effect) are missing values.
 */
public final class SurveyTables {
    private SurveyTables() {
    }

    /**
     * The estimates with the columns of survey_estimates.csv plus df, weight_sum and ci_method.
     *
     * @param results the survey results
     * @return a table named {@code survey_estimates}, one row per estimate
     */
    public static Table estimates(SurveyResults results) {
        List<Estimate> es = results.estimates();
        StringColumn ind = StringColumn.create("indicator");
        StringColumn stat = StringColumn.create("statistic");
        StringColumn dv = StringColumn.create("domain_var");
        StringColumn dom = StringColumn.create("domain");
        DoubleColumn est = DoubleColumn.create("estimate");
        DoubleColumn se = DoubleColumn.create("se");
        DoubleColumn lo = DoubleColumn.create("ci_low");
        DoubleColumn hi = DoubleColumn.create("ci_high");
        IntColumn n = IntColumn.create("n");
        DoubleColumn deff = DoubleColumn.create("deff");
        IntColumn df = IntColumn.create("df");
        DoubleColumn ws = DoubleColumn.create("weight_sum");
        StringColumn cim = StringColumn.create("ci_method");
        for (Estimate e : es) {
            ind.append(e.indicator());
            stat.append(e.statistic().key());
            dv.append(e.domainVariable());
            dom.append(e.domain());
            est.append(e.estimate());
            appendOpt(se, e.se().isPresent(), e.se().orElse(0));
            appendOpt(lo, e.ci().isPresent(), e.ci().map(Interval::low).orElse(0.0));
            appendOpt(hi, e.ci().isPresent(), e.ci().map(Interval::high).orElse(0.0));
            n.append(e.n());
            appendOpt(deff, e.deff().isPresent(), e.deff().orElse(0));
            df.append(e.df());
            ws.append(e.weightSum());
            cim.append(e.ci().map(i -> i.method().key()).orElse(""));
        }
        return Table.create("survey_estimates", ind, stat, dv, dom, est, se, lo, hi, n, deff, df, ws, cim);
    }

    /**
     * The crosstab tests with the columns of crosstabs.csv plus n.
     *
     * @param results the survey results
     * @return a table named {@code crosstabs}, one row per tested table
     */
    public static Table crosstabs(SurveyResults results) {
        StringColumn row = StringColumn.create("row");
        StringColumn col = StringColumn.create("column");
        DoubleColumn f = DoubleColumn.create("statistic");
        DoubleColumn ndf = DoubleColumn.create("ndf");
        DoubleColumn ddf = DoubleColumn.create("ddf");
        DoubleColumn p = DoubleColumn.create("p");
        IntColumn n = IntColumn.create("n");
        for (CrosstabResult c : results.crosstabs()) {
            row.append(c.row());
            col.append(c.column());
            f.append(c.statistic());
            ndf.append(c.ndf());
            ddf.append(c.ddf());
            p.append(c.p());
            n.append(c.n());
        }
        return Table.create("crosstabs", row, col, f, ndf, ddf, p, n);
    }

    /**
     * The weights: id, design_weight, weight, one row per respondent.
     *
     * @param wd the weighted design
     * @return a table named {@code weights}, in row order
     */
    public static Table weights(WeightedDesign wd) {
        StringColumn id = StringColumn.create("id");
        DoubleColumn d = DoubleColumn.create("design_weight");
        DoubleColumn w = DoubleColumn.create("weight");
        for (int i = 0; i < wd.size(); i++) {
            id.append(wd.data().id(i));
            d.append(wd.design().designWeight(i));
            w.append(wd.weight(i));
        }
        return Table.create("weights", id, d, w);
    }

    /**
     * The weighting diagnostics as a one-row table with the first nine columns of weighting.csv
     * (method to effective_n).
     *
     * @param dg the diagnostics
     * @return a table named {@code weighting} with one row
     */
    public static Table diagnostics(WeightingDiagnostics dg) {
        Table t = Table.create("weighting", StringColumn.create("method", List.of(dg.method())),
                IntColumn.create("iterations", dg.iterations()),
                BooleanColumn.create("converged", dg.converged()),
                DoubleColumn.create("max_misfit", dg.maxMisfit()), DoubleColumn.create("min_weight", dg.minWeight()),
                DoubleColumn.create("max_weight", dg.maxWeight()), DoubleColumn.create("mean_weight", dg.meanWeight()),
                DoubleColumn.create("kish_deff", dg.kish()), DoubleColumn.create("effective_n", dg.effectiveN()));
        return t;
    }

    private static void appendOpt(DoubleColumn c, boolean present, double v) {
        if (present) {
            c.append(v);
        } else {
            c.appendMissing();
        }
    }
}
