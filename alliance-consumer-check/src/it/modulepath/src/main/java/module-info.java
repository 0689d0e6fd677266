/** A consumer's application module: what the README says to write. */
module com.example.alliances {
  requires org.alliancekit.scoring;
  requires org.alliancekit.io;
}
