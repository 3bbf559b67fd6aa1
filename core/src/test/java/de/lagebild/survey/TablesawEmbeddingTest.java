package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.lagebild.project.Project;
import de.lagebild.testing.ReferenceCase;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** A survey handed over as a Tablesaw table gives exactly the results of the same survey read from its file. */
class TablesawEmbeddingTest {

    @Test
    void tableInputEqualsFileInput() throws Exception {
        ReferenceCase rc = ReferenceCase.load("survey-a");
        Project project = rc.project("raking");
        SurveyRun fromFile = SurveyRun.of(project);
        Table table = Table.read().usingOptions(CsvReadOptions.builder(rc.dir().resolve("survey.csv").toFile())
                .tableName("survey-table"));
        SurveyRun fromTable = SurveyRun.of(project.survey().orElseThrow(), "test", table);
        assertEquals(fromFile.weighted().size(), fromTable.weighted().size());
        for (int i = 0; i < fromFile.weighted().size(); i++) {
            assertEquals(fromFile.weighted().weight(i), fromTable.weighted().weight(i), 1e-9 * fromFile.weighted().weight(i));
        }
        SurveyResults a = SurveyEstimation.run(fromFile);
        SurveyResults b = SurveyEstimation.run(fromTable);
        List<Estimate> ea = a.estimates();
        List<Estimate> eb = b.estimates();
        assertEquals(ea.size(), eb.size());
        for (int i = 0; i < ea.size(); i++) {
            assertEquals(ea.get(i).domain(), eb.get(i).domain());
            assertEquals(ea.get(i).estimate(), eb.get(i).estimate(), 1e-12);
            assertEquals(ea.get(i).se().getAsDouble(), eb.get(i).se().getAsDouble(), 1e-12);
        }
        Table est = SurveyTables.estimates(a);
        assertEquals(ea.size(), est.rowCount());
        assertEquals(ea.get(0).estimate(), est.doubleColumn("estimate").get(0));
        assertEquals("survey-table", fromTable.read().account().source());
        assertEquals(1500, SurveyTables.weights(fromFile.weighted()).rowCount());
    }
}
