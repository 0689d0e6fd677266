package org.alliancekit.io.ace;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.function.Function;
import org.alliancekit.io.cosell.ContactFields;
import org.alliancekit.model.pipeline.ReviewStatus;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModels;

/**
 * The vocabulary of the AWS Partner Central Selling API as this package uses it: the spellings of
 * its enumerations mapped to our constants, and its documented length limits. One place for both
 * directions, so that what is written is what is read.
 */
final class AceFormat {
  private AceFormat() {}

  /** {@code LifeCycle.Stage}: the co-sell stage model has AWS's stage names. */
  static final ImmutableMap<String, Stage> STAGES =
      StageModels.coSell().stages().stream()
          .collect(ImmutableMap.toImmutableMap(Stage::name, Function.identity()));

  /** {@code LifeCycle.ReviewStatus} (read-only in AWS: read, never written). */
  static final ImmutableMap<String, ReviewStatus> REVIEW_STATUSES =
      ImmutableMap.<String, ReviewStatus>builder()
          .put("Pending Submission", ReviewStatus.PENDING_SUBMISSION)
          .put("Submitted", ReviewStatus.SUBMITTED)
          .put("In review", ReviewStatus.IN_REVIEW)
          .put("Approved", ReviewStatus.APPROVED)
          .put("Rejected", ReviewStatus.REJECTED)
          .put("Action Required", ReviewStatus.ACTION_REQUIRED)
          .buildOrThrow();

  /** {@code LifeCycle.ClosedLostReason}: kept as its text on the opportunity. */
  static final ImmutableSet<String> CLOSED_LOST_REASONS =
      ImmutableSet.of(
          "Customer Deficiency",
          "Delay / Cancellation of Project",
          "Legal / Tax / Regulatory",
          "Lost to Competitor - Google",
          "Lost to Competitor - Microsoft",
          "Lost to Competitor - SoftLayer",
          "Lost to Competitor - VMWare",
          "Lost to Competitor - Other",
          "No Opportunity",
          "On Premises Deployment",
          "Partner Gap",
          "Price",
          "Security / Compliance",
          "Technical Limitations",
          "Customer Experience",
          "Other",
          "People/Relationship/Governance",
          "Product/Technology",
          "Financial/Commercial");

  /** The spellings of {@link #CLOSED_LOST_REASONS}, each to itself, for a typed read. */
  static final ImmutableMap<String, String> CLOSED_LOST_REASON_SPELLINGS =
      CLOSED_LOST_REASONS.stream()
          .collect(ImmutableMap.toImmutableMap(Function.identity(), Function.identity()));

  /** {@code Origin}. */
  enum AceOrigin {
    /** {@code AWS Referral}: AWS found the opportunity and shared it with the partner. */
    AWS_REFERRAL("AWS Referral"),
    /** {@code Partner Referral}: the partner found it and referred it to AWS. */
    PARTNER_REFERRAL("Partner Referral");

    final String spelling;

    AceOrigin(String spelling) {
      this.spelling = spelling;
    }
  }

  static final ImmutableMap<String, AceOrigin> ORIGINS =
      ImmutableMap.of(
          AceOrigin.AWS_REFERRAL.spelling,
          AceOrigin.AWS_REFERRAL,
          AceOrigin.PARTNER_REFERRAL.spelling,
          AceOrigin.PARTNER_REFERRAL);

  /** {@code OpportunityType}: checked on reading, not kept (the model has no such field). */
  static final ImmutableMap<String, String> OPPORTUNITY_TYPES =
      ImmutableMap.of(
          "Net New Business", "Net New Business",
          "Flat Renewal", "Flat Renewal",
          "Expansion", "Expansion");

  /** The opportunity type written: our opportunities are new business unless told otherwise. */
  static final String DEFAULT_OPPORTUNITY_TYPE = "Net New Business";

  /** {@code NationalSecurity}: checked on reading, not kept. */
  static final ImmutableMap<String, String> NATIONAL_SECURITY =
      ImmutableMap.of("Yes", "Yes", "No", "No");

  /** {@code Catalog}. */
  static final ImmutableMap<String, String> CATALOGS =
      ImmutableMap.of("AWS", "AWS", "Sandbox", "Sandbox");

  /** {@code ExpectedCustomerSpend.Frequency}: AWS accepts monthly amounts only. */
  static final ImmutableMap<String, SpendFrequency> FREQUENCIES =
      ImmutableMap.of("Monthly", SpendFrequency.MONTHLY);

  /** {@code Customer.Account.Industry}. */
  static final ImmutableSet<String> INDUSTRIES =
      ImmutableSet.of(
          "Aerospace",
          "Agriculture",
          "Automotive",
          "Computers and Electronics",
          "Consumer Goods",
          "Education",
          "Energy - Oil and Gas",
          "Energy - Power and Utilities",
          "Financial Services",
          "Gaming",
          "Government",
          "Healthcare",
          "Hospitality",
          "Life Sciences",
          "Manufacturing",
          "Marketing and Advertising",
          "Media and Entertainment",
          "Mining",
          "Non-Profit Organization",
          "Professional Services",
          "Real Estate and Construction",
          "Retail",
          "Software and Internet",
          "Telecommunications",
          "Transportation and Logistics",
          "Travel",
          "Wholesale and Distribution",
          "Other");

  static final ImmutableMap<String, String> INDUSTRY_SPELLINGS =
      INDUSTRIES.stream()
          .collect(ImmutableMap.toImmutableMap(Function.identity(), Function.identity()));

  /** The industry value that lets {@code OtherIndustry} say what the industry is. */
  static final String OTHER_INDUSTRY = "Other";

  /** The company AWS's expected spend goes to. */
  static final String TARGET_COMPANY = "AWS";

  // Documented lengths.
  static final int MAX_COMPANY_NAME = 120;
  static final int MAX_OTHER_INDUSTRY = 255;
  static final int MAX_WEBSITE_URL = 255;
  static final int MIN_WEBSITE_URL = 4;
  static final int MAX_TITLE = 255;
  static final int MIN_BUSINESS_PROBLEM = 20;
  static final int MAX_BUSINESS_PROBLEM = 2000;
  static final int MAX_NEXT_STEPS = 255;
  static final int MAX_PARTNER_OPPORTUNITY_ID = 64;
  static final int MAX_CLIENT_TOKEN = 255;
  static final int MAX_CONTACT_FIELD = 80;
  static final int MAX_SPENDS = 10;
  static final int MAX_AMOUNT_INTEGER_DIGITS = 31;
  static final int MAX_AMOUNT_DECIMALS = 2;
  static final int MAX_ID = 80;
  static final int MAX_TARGET_COMPANY = 80;

  /** How {@code Customer.Contacts} spell a person. */
  static final ContactFields CONTACT =
      new ContactFields(
          "FirstName", "LastName", "Email", "Phone", "BusinessTitle", MAX_CONTACT_FIELD);

  /** A DUNS number: nine digits. */
  static boolean isDuns(String text) {
    return text.length() == 9 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Whether the text looks like an internet domain such as {@code example.com}: lower-case letters,
   * digits, dots and hyphens, with a dot that is neither first nor last.
   */
  static boolean isDomain(String text) {
    int dot = text.indexOf('.');
    return dot > 0
        && text.charAt(text.length() - 1) != '.'
        && text.chars()
            .allMatch(
                c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-');
  }

  /**
   * The domain of a website address such as {@code https://www.example.com/about}: without scheme,
   * {@code www.}, path or port, in lower case.
   */
  static String domainOf(String url) {
    String host = url.strip().toLowerCase(java.util.Locale.ROOT);
    int scheme = host.indexOf("://");
    if (scheme >= 0) {
      host = host.substring(scheme + 3);
    }
    for (char end : new char[] {'/', '?', '#', ':'}) {
      int at = host.indexOf(end);
      if (at >= 0) {
        host = host.substring(0, at);
      }
    }
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
