package org.alliancekit.io.csv;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.base.Enums;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Parsers and formatters of single cell values; parsers throw {@link BadCell}. Not part of the
 * public API: public only so that the co-sell readers of {@code org.alliancekit.io.cosell} apply
 * the same rules to JSON values.
 */
@API(status = INTERNAL, since = "0.1")
public final class Cells {
  /** A number written with thousands separators, such as 1,234.50 or 1.234,50 or 1 234. */
  private static final Pattern THOUSANDS =
      Pattern.compile("[+-]?\\d{1,3}([,. '\u00a0]\\d{3})+([.,]\\d*)?");

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,18}");
  private static final CharMatcher CONTROL = CharMatcher.javaIsoControl();
  private static final int MAX_QUOTED = 60;
  static final int MAX_TEXT_LENGTH = 256;

  /**
   * The currencies known when this class is loaded, by code: looking one up here is a map lookup
   * rather than a walk through Moneta's provider chain. Codes not here are looked up there.
   */
  private static final ImmutableMap<String, CurrencyUnit> CURRENCIES =
      Monetary.getCurrencies().stream()
          .collect(
              ImmutableMap.toImmutableMap(
                  CurrencyUnit::getCurrencyCode, unit -> unit, (first, second) -> first));

  /*
   * The one parser of each kind of id: shared columns that use the same parser share their values
   * across the files of one read (see SharedValues), so each id text gives one id object.
   */

  /** Parses a partner (or host) id. */
  static final Function<String, PartnerId> PARTNER_ID = PartnerId::parse;

  /** Parses an opportunity id. */
  static final Function<String, OpportunityId> OPPORTUNITY_ID = OpportunityId::parse;

  /** Parses an account id. */
  static final Function<String, AccountId> ACCOUNT_ID = AccountId::parse;

  /** Parses a relationship id. */
  static final Function<String, RelationshipId> RELATIONSHIP_ID = RelationshipId::parse;

  private Cells() {}

  /** Quotes a value for a message: control characters as '?', long values cut short. */
  public static String quote(String value) {
    String clean = CONTROL.replaceFrom(value, '?');
    return "'" + Ascii.truncate(clean, MAX_QUOTED, "...") + "'";
  }

  /**
   * Checks a name or free text the way the model does: not blank, no control characters, at most
   * {@value #MAX_TEXT_LENGTH} characters.
   */
  public static String name(String text) {
    if (text.isBlank()) {
      throw new BadCell(ProblemKind.MISSING_VALUE, "must not be blank");
    }
    if (CONTROL.matchesAnyOf(text)) {
      throw new BadCell(
          ProblemKind.INVALID_VALUE, quote(text) + " must not contain control characters");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new BadCell(
          ProblemKind.INVALID_VALUE,
          "of length "
              + text.length()
              + " is longer than the "
              + MAX_TEXT_LENGTH
              + " characters allowed");
    }
    return text;
  }

  private static final Splitter LIST = Splitter.on(';').trimResults().omitEmptyStrings();

  /**
   * Reads a list of names joined by {@code ;}, each checked as {@link #name}; blanks are skipped.
   */
  static ImmutableSet<String> names(String text) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (String name : LIST.split(text)) {
      names.add(name(name));
    }
    return names.build();
  }

  /**
   * Joins names with {@code ;} for a cell that {@link #names} reads back.
   *
   * @throws IllegalArgumentException naming the column if a name holds {@code ;} or surrounding
   *     whitespace, which the cell could not give back
   */
  static String joinNames(String column, Iterable<String> names) {
    for (String name : names) {
      if (name.indexOf(';') >= 0 || !name.strip().equals(name)) {
        throw new IllegalArgumentException(
            column
                + " value "
                + quote(name)
                + " cannot be written to a list cell: it holds ';' or surrounding whitespace");
      }
    }
    return String.join(";", names);
  }

  /**
   * The cell of an optional free-text value: the text, or "" when absent. Such a cell is read back
   * stripped of surrounding whitespace.
   *
   * @throws IllegalArgumentException naming the column if the text has surrounding whitespace,
   *     which the cell could not give back
   */
  static String optionalText(String column, Optional<String> text) {
    text.filter(value -> !value.strip().equals(value))
        .ifPresent(
            value -> {
              throw new IllegalArgumentException(
                  column
                      + " value "
                      + quote(value)
                      + " cannot be written: surrounding whitespace is not kept");
            });
    return text.orElse("");
  }

  /** Reads {@code true} or {@code false}, ignoring case. */
  static boolean bool(String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new BadCell(ProblemKind.INVALID_VALUE, quote(text) + " must be true or false");
  }

  /** The cell of an optional date: ISO-8601, or "" when absent. */
  static String optionalDate(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }

  /** Reads a list of ids joined by {@code ;}, each parsed by {@code parser}; blanks are skipped. */
  static <I> ImmutableSet<I> ids(String text, Function<String, I> parser) {
    ImmutableSet.Builder<I> ids = ImmutableSet.builder();
    for (String id : LIST.split(text)) {
      ids.add(parser.apply(id));
    }
    return ids.build();
  }

  /**
   * Joins the values of ids with {@code ;} for a cell that {@link #ids} reads back.
   *
   * @throws IllegalArgumentException naming the column if a value could not be read back
   */
  static <I> String joinIds(String column, Iterable<I> ids, Function<? super I, String> value) {
    List<String> values = new ArrayList<>();
    for (I id : ids) {
      values.add(value.apply(id));
    }
    return joinNames(column, values);
  }

  /**
   * The stage of a stage model named by a cell, ignoring case.
   *
   * @throws BadCell of kind {@link ProblemKind#UNKNOWN_REFERENCE} if the model has no such stage
   */
  public static Stage stage(StageModel stages, String text) {
    return stages
        .stage(text)
        .orElseThrow(
            () ->
                new BadCell(
                    ProblemKind.UNKNOWN_REFERENCE,
                    quote(text)
                        + " is not a stage of stage model "
                        + stages.name()
                        + ": "
                        + stages.stages().stream()
                            .map(Stage::name)
                            .collect(Collectors.joining(", "))));
  }

  /**
   * Whether the text is a plain decimal: an optional sign, then digits with at most one point and
   * at least one digit; no exponent, no spaces. The same as the pattern {@code
   * [+-]?(\\d+(\\.\\d*)?|\\.\\d+)}, without a regular expression on the hot path.
   */
  public static boolean isPlainDecimal(String text) {
    int i = 0;
    int length = text.length();
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    boolean digit = false;
    boolean point = false;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digit;
  }

  /** The number the ASCII digits of text[from, to) spell, or -1 if any is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Reads a month number from 1 (January) to 12 (December). */
  static Month month(String text) {
    long number = nonNegativeWholeNumber(text);
    if (number < 1 || number > 12) {
      throw new BadCell(
          ProblemKind.OUT_OF_RANGE, quote(text) + " is not a month number from 1 to 12");
    }
    return Month.of((int) number);
  }

  /** Reads an ISO-8601 date such as {@code 2026-03-31}. */
  public static LocalDate date(String text) {
    try {
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        // The common yyyy-MM-dd form without the formatter's machinery; LocalDate.of checks the
        // day.
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year >= 0 && month >= 0 && day >= 0) {
          return LocalDate.of(year, month, day);
        }
      }
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new BadCell(
          ProblemKind.INVALID_VALUE, quote(text) + " is not an ISO-8601 date such as 2026-03-31");
    }
  }

  /**
   * Reads a plain decimal within the model's {@link DecimalLimit}, as the JSON mapping does: longer
   * ones are refused before any arithmetic.
   */
  public static BigDecimal decimal(String text) {
    if (!isPlainDecimal(text) && THOUSANDS.matcher(text).matches()) {
      throw new BadCell(
          ProblemKind.INVALID_VALUE,
          quote(text)
              + " is not a plain decimal number such as 1234.56: it has a thousands separator");
    }
    if (!isPlainDecimal(text)) {
      throw new BadCell(
          ProblemKind.INVALID_VALUE,
          quote(text) + " is not a plain decimal number such as 1234.56");
    }
    BigDecimal value = new BigDecimal(text);
    if (!DecimalLimit.fits(value)) {
      throw new BadCell(
          ProblemKind.OUT_OF_RANGE,
          quote(text)
              + " has more than "
              + DecimalLimit.MAX_DIGITS
              + " digits before or after the decimal point");
    }
    return value;
  }

  /** Reads a plain decimal as {@link #decimal} does that is zero or more. */
  public static BigDecimal nonNegativeDecimal(String text) {
    BigDecimal value = decimal(text);
    if (value.signum() < 0) {
      throw new BadCell(ProblemKind.OUT_OF_RANGE, quote(text) + " must not be negative");
    }
    return value;
  }

  static BigDecimal positiveDecimal(String text) {
    BigDecimal value = decimal(text);
    if (value.signum() <= 0) {
      throw new BadCell(ProblemKind.OUT_OF_RANGE, quote(text) + " must be positive");
    }
    return value;
  }

  static long nonNegativeWholeNumber(String text) {
    if (!WHOLE_NUMBER.matcher(text).matches()) {
      throw new BadCell(
          ProblemKind.INVALID_VALUE, quote(text) + " is not a whole number such as 1200");
    }
    long value = Long.parseLong(text);
    if (value < 0) {
      throw new BadCell(ProblemKind.OUT_OF_RANGE, quote(text) + " must not be negative");
    }
    return value;
  }

  /** Reads a whole number from 0 to {@link Integer#MAX_VALUE}, such as a count or a rank. */
  static int count(String text) {
    long value = nonNegativeWholeNumber(text);
    if (value > Integer.MAX_VALUE) {
      throw new BadCell(
          ProblemKind.OUT_OF_RANGE, quote(text) + " is larger than " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  static double number(String text) {
    if (!isPlainDecimal(text)) {
      throw new BadCell(
          ProblemKind.INVALID_VALUE, quote(text) + " is not a plain decimal number such as 7.5");
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw new BadCell(
          ProblemKind.OUT_OF_RANGE, quote(text) + " is too large for a number (over 1.8e308)");
    }
    return value;
  }

  /** Reads an ISO 4217 currency code such as {@code EUR}, ignoring case. */
  public static CurrencyUnit currency(String text) {
    CurrencyUnit known = CURRENCIES.get(text);
    if (known != null) {
      return known;
    }
    String code = text.toUpperCase(Locale.ROOT);
    if (code.length() == 3 && CharMatcher.inRange('A', 'Z').matchesAllOf(code)) {
      try {
        return Monetary.getCurrency(code);
      } catch (MonetaryException e) {
        // reported below
      }
    }
    throw new BadCell(
        ProblemKind.INVALID_VALUE, quote(text) + " is not an ISO 4217 currency code such as EUR");
  }

  /**
   * Parses an enum constant, ignoring case and reading '-' and ' ' as '_'; {@code aliases} maps
   * further upper-case spellings to constants.
   */
  static <E extends Enum<E>> E constant(Class<E> type, Map<String, E> aliases, String text) {
    String name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    E constant = Enums.getIfPresent(type, name).orNull();
    if (constant != null) {
      return constant;
    }
    E alias = aliases.get(name);
    if (alias != null) {
      return alias;
    }
    throw new BadCell(
        ProblemKind.INVALID_VALUE,
        quote(text)
            + " is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }

  /** Parses an enum constant, ignoring case and reading '-' and ' ' as '_'. */
  public static <E extends Enum<E>> E constant(Class<E> type, String text) {
    return constant(type, ImmutableMap.of(), text);
  }

  /** Formats a decimal without exponent and without trailing zeros after the point. */
  public static String format(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /**
   * Formats an amount as a plain decimal with at least the digits of its currency's minor unit:
   * padded with zeros to the minor unit, never rounded.
   */
  public static String format(MonetaryAmount amount) {
    BigDecimal number = amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros();
    BigDecimal padded = MinorUnits.round(number, amount.getCurrency());
    return (padded.scale() > number.scale() ? padded : number.setScale(Math.max(number.scale(), 0)))
        .toPlainString();
  }

  /** Formats a double so that {@link #number} reads back the same value, without exponent. */
  static String format(double value) {
    return format(BigDecimal.valueOf(value));
  }
}
