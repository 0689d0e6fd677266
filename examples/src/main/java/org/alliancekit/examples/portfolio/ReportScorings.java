package org.alliancekit.examples.portfolio;

/** The {@link ReportScoring} the command-line tool uses. */
public final class ReportScorings {
  private ReportScorings() {}

  /**
   * The scoring of {@code alliancekit report}: each rating normalised to [0, 1] on its scale, an
   * area scored as the mean of its rated factors, the overall score as the mean of the scored
   * areas, several assessments of one relationship combined by averaging each factor's normalised
   * ratings first, and the attainable score closing half the gap to 100%.
   */
  public static ReportScoring standard() {
    return (relationship, assessments) -> {
      throw new UnsupportedOperationException(
          "the default report scoring is not available in this build");
    };
  }
}
