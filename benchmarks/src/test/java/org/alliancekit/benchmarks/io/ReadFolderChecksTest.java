package org.alliancekit.benchmarks.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadFolderChecksTest {
  @Test
  void theGeneratedFolderReadsCleanlyAndWhole() {
    ReadFolderBenchmark benchmark = new ReadFolderBenchmark();
    benchmark.relationships = 50;
    benchmark.setUp();
    var data = benchmark.readAndValidate();
    assertEquals(List.of(), data.problems());
    assertEquals(51, data.partners().size());
    assertEquals(50, data.relationships().size());
    assertEquals(1000, data.opportunities().size());
  }

  @Test
  void theBaselineTouchesEveryField() {
    ReadFolderBenchmark benchmark = new ReadFolderBenchmark();
    benchmark.relationships = 3;
    benchmark.setUp();
    // The generated text has no quotes: every character but separators and line ends is a field's.
    FolderData same = FolderData.generate(3, 60, 30, FolderData.SEED);
    long separators =
        same.files().values().stream()
            .flatMapToInt(String::chars)
            .filter(c -> c == ',' || c == '\n')
            .count();
    assertEquals(same.size() - separators, benchmark.fastCsvPass());
  }
}
