package org.alliancekit.benchmarks.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisChecksTest {
  @Test
  void theGeneratedPortfolioGivesEveryPartOfTheAnalysisWork() {
    AnalysisBenchmark benchmark = new AnalysisBenchmark();
    benchmark.relationships = 200;
    // Fails unless the folder reads cleanly and the analysis has work in every part.
    benchmark.setUp(true);
    var analysis = benchmark.analyze();
    assertEquals(200, analysis.motions().size());
    assertEquals(200, analysis.trends().size());
    assertTrue(analysis.evidence().get(0).pairs() >= 400, analysis.evidence().toString());
    var data = benchmark.readFolder();
    assertEquals(List.of(), data.problems());
    assertEquals(4000, data.opportunities().size());
    assertEquals(2000, data.leads().size());
    benchmark.tearDown();
  }

  @Test
  void theAnalysisIsTheSameEachTime() {
    AnalysisBenchmark benchmark = new AnalysisBenchmark();
    benchmark.relationships = 50;
    benchmark.setUp(true);
    assertEquals(benchmark.analyze(), benchmark.analyze());
  }
}
