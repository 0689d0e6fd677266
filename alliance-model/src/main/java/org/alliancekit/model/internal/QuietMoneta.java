package org.alliancekit.model.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Moneta quiet in a host application. The first {@code Money} made in a JVM logs "Using
 * custom MathContext: precision=256, roundingMode=HALF_EVEN" at INFO level through {@code
 * java.util.logging}; the library raises that one logger's level to WARNING when its checks are
 * first loaded, which happens before the first amount of any of its value types is made. A level
 * the host has already set for that logger is left as it is, so a host that wants the line sets the
 * level to INFO before using the library.
 *
 * <p>Not exported: an implementation detail of the model module.
 */
public final class QuietMoneta {
  /** The logger that prints the line; held here, since the logging system keeps loggers weakly. */
  private static final Logger CONTEXT_FACTORY =
      Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory");

  static {
    if (CONTEXT_FACTORY.getLevel() == null) {
      CONTEXT_FACTORY.setLevel(Level.WARNING);
    }
  }

  private QuietMoneta() {}

  /** Makes sure the level is set; called from the classes that first touch money. */
  public static void ensure() {
    // The static initialiser does the work, once.
  }
}
