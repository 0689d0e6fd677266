package org.alliancekit.benchmarks.mapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.pipeline.mapping.AccountBook;
import org.alliancekit.pipeline.mapping.AccountEntry;
import org.alliancekit.pipeline.mapping.AccountStatus;

/**
 * Two parties' account lists for the account-mapping workload: {@code size} accounts each, every
 * company on a list once; a fixed fraction of the right list's companies are also on the left list,
 * written differently (upper case, another legal form, a trailing dot), so they match only after
 * normalisation.
 *
 * @param left the left party's account names
 * @param right the right party's account names
 * @param overlap the number of companies on both lists
 */
public record MappingData(String[] left, String[] right, int overlap) {

  /** The seed of the benchmark's data. */
  public static final long SEED = 20_260_515L;

  /** The shared HMAC secret both parties use (32 bytes). */
  static final byte[] SECRET =
      "alliancekit-benchmark-hmac-secret".substring(0, 32).getBytes(StandardCharsets.UTF_8);

  private static final String[] WORDS = {
    "Northwind", "Contoso", "Fabrikam", "Tailspin", "Adatum", "Litware", "Proseware", "Wingtip",
    "Lucerne", "Alpine", "Coho", "Humongous", "Margie", "Trey", "Woodgrove", "Wide World"
  };

  private static final String[] LEFT_FORMS = {"Ltd", "Inc", "GmbH", "", "Corp", "SA"};
  private static final String[] RIGHT_FORMS = {
    "LIMITED", "Inc.", "GMBH", "", "Corporation", "S.A."
  };

  /** Generates two lists of {@code size} accounts sharing about {@code share} of them. */
  public static MappingData generate(int size, double share, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] left = new String[size];
    for (int i = 0; i < size; i++) {
      left[i] = name(i, LEFT_FORMS[random.nextInt(LEFT_FORMS.length)], false);
    }
    String[] right = new String[size];
    int overlap = 0;
    for (int i = 0; i < size; i++) {
      int company;
      if (random.nextDouble() < share) {
        // Companies 0, 2, 4... of the left list, each once.
        company = 2 * overlap;
        if (company >= size) {
          company = size + i;
        } else {
          overlap++;
        }
      } else {
        company = size + i;
      }
      right[i] = name(company, RIGHT_FORMS[random.nextInt(RIGHT_FORMS.length)], true);
    }
    return new MappingData(left, right, overlap);
  }

  private static String name(int company, String form, boolean shouting) {
    String base = WORDS[company % WORDS.length] + " " + company;
    String name = form.isEmpty() ? base : base + " " + form;
    return shouting ? name.toUpperCase(java.util.Locale.ROOT) : name;
  }

  /** The left list as the left party's book. */
  public AccountBook leftBook() {
    return book("left", left);
  }

  /** The right list as the right party's book. */
  public AccountBook rightBook() {
    return book("right", right);
  }

  private static AccountBook book(String party, String[] names) {
    List<AccountEntry> entries = new ArrayList<>(names.length);
    for (int i = 0; i < names.length; i++) {
      entries.add(
          AccountEntry.of(
              Account.of(AccountId.of(party + "-" + i), names[i]),
              i % 3 == 0 ? AccountStatus.PROSPECT : AccountStatus.CUSTOMER));
    }
    return AccountBook.of(PartnerId.of(party), entries);
  }
}
