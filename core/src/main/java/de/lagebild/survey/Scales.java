package de.lagebild.survey;

import de.lagebild.internal.Numbers;
import java.util.List;

/** Computes codebook scales: the mean of the answered items (reversed items as min + max - x). */
final class Scales {
    private Scales() {
    }

    static SurveyData addAll(SurveyData data, Codebook codebook) {
        SurveyData d = data;
        for (Codebook.Scale s : codebook.scales().values()) {
            d = d.withColumn(score(d, s));
        }
        return d;
    }

    static Column score(SurveyData data, Codebook.Scale s) {
        List<Column> items = s.items().stream().map(data::column).toList();
        Column.Builder b = new Column.Builder(s.name());
        for (int i = 0; i < data.size(); i++) {
            double sum = 0;
            int k = 0;
            for (int j = 0; j < items.size(); j++) {
                double x = items.get(j).number(i);
                if (Double.isNaN(x)) {
                    continue;
                }
                if (s.reverse().contains(s.items().get(j))) {
                    x = s.min() + s.max() - x;
                }
                sum += x;
                k++;
            }
            b.add(k >= s.minItems() ? Numbers.format(sum / k) : "");
        }
        return b.build(List.of());
    }
}
