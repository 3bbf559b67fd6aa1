package de.lagebild.survey;

import java.util.List;

/** Cronbach's alpha of a codebook scale. */
final class Reliability {
    private Reliability() {
    }

    /** The raw alpha over complete cases (reversed items reversed), or null with fewer than two items or cases. */
    static ScaleReliability alpha(SurveyData data, Codebook.Scale s) {
        int k = s.items().size();
        if (k < 2) {
            return null;
        }
        List<Column> items = s.items().stream().map(data::column).toList();
        int n = data.size();
        double[] sum = new double[k];
        double[] sum2 = new double[k];
        double tot = 0;
        double tot2 = 0;
        int m = 0;
        double[] x = new double[k];
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (int j = 0; j < k; j++) {
                x[j] = items.get(j).number(i);
                if (Double.isNaN(x[j])) {
                    ok = false;
                    break;
                }
                if (s.reverse().contains(s.items().get(j))) {
                    x[j] = s.min() + s.max() - x[j];
                }
            }
            if (!ok) {
                continue;
            }
            m++;
            double t = 0;
            for (int j = 0; j < k; j++) {
                sum[j] += x[j];
                sum2[j] += x[j] * x[j];
                t += x[j];
            }
            tot += t;
            tot2 += t * t;
        }
        if (m < 2) {
            return null;
        }
        double itemVar = 0;
        for (int j = 0; j < k; j++) {
            itemVar += (sum2[j] - sum[j] * sum[j] / m) / (m - 1);
        }
        double totVar = (tot2 - tot * tot / m) / (m - 1);
        if (!(totVar > 0)) {
            return null;
        }
        double alpha = k / (k - 1.0) * (1 - itemVar / totVar);
        return new ScaleReliability(s.name(), s.items(), alpha, m);
    }
}
