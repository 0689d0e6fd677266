package org.alliancekit.io.salesforce;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.csv.Cells;
import org.alliancekit.io.csv.CsvTable;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.apiguardian.api.API;

/**
 * How Salesforce picklist values map onto the model: sales stages onto the co-sell stage model
 * ({@link StageModels#coSell()}), lead sources onto {@link Origin}, opportunity partner roles onto
 * {@link InvolvementRole}, lead statuses onto {@link LeadStatus} and campaign types onto {@link
 * CampaignKind}. The default tables hold Salesforce's standard picklist values; a stage map file
 * and a role map file add to them and override them.
 *
 * <p>Stage map file: a CSV file with the header {@code StageName,stage}; each row maps an
 * organisation's stage name onto a stage of the co-sell model. A stage name that is one of the
 * co-sell model's own stages (ignoring case) needs no row.
 *
 * <p>Role map file: a CSV file with the header {@code field,value,maps_to}; {@code field} is {@code
 * LeadSource} (then {@code maps_to} is an {@link Origin} constant such as {@code PARTNER_SOURCED})
 * or {@code Role} (then an {@link InvolvementRole} constant such as {@code RESELLER}), and {@code
 * value} is the picklist value as Salesforce exports it.
 *
 * <p>Values are matched ignoring case and surrounding whitespace. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SalesforceMapping {
  /** The header of a stage map file. */
  public static final ImmutableList<String> STAGE_MAP_COLUMNS =
      ImmutableList.of("StageName", "stage");

  /** The header of a role map file. */
  public static final ImmutableList<String> ROLE_MAP_COLUMNS =
      ImmutableList.of("field", "value", "maps_to");

  /** Salesforce's standard sales stages and the co-sell stage each one maps onto. */
  public static final ImmutableMap<String, String> DEFAULT_STAGES =
      ImmutableMap.<String, String>builder()
          .put("Prospecting", "Prospect")
          .put("Qualification", "Qualified")
          .put("Needs Analysis", "Qualified")
          .put("Value Proposition", "Technical Validation")
          .put("Id. Decision Makers", "Technical Validation")
          .put("Perception Analysis", "Business Validation")
          .put("Proposal/Price Quote", "Business Validation")
          .put("Negotiation/Review", "Committed")
          .put("Closed Won", "Launched")
          .put("Closed Lost", "Closed Lost")
          .buildOrThrow();

  /**
   * The lead sources that credit a partner and the origin each one maps onto; any other lead source
   * (Salesforce's standard Web, Phone Inquiry, Purchased List, Other), or none, is {@link
   * Origin#DIRECT}. The first source of each origin is the one written back.
   */
  public static final ImmutableMap<String, Origin> DEFAULT_LEAD_SOURCES =
      ImmutableMap.of(
          "Partner Referral", Origin.PARTNER_SOURCED,
          "Partner", Origin.PARTNER_SOURCED,
          "Partner Influenced", Origin.PARTNER_INFLUENCED,
          "Referred to Partner", Origin.REFERRED_TO_PARTNER);

  /**
   * Salesforce's standard opportunity partner roles (and a co-seller role) and the involvement role
   * each one maps onto; the first role of each involvement role is the one written back. A blank
   * role is {@link InvolvementRole#CO_SELLER}. {@link InvolvementRole#ORIGINATOR} is not a role: it
   * is the primary partner of a partner-sourced opportunity.
   */
  public static final ImmutableMap<String, InvolvementRole> DEFAULT_ROLES =
      ImmutableMap.<String, InvolvementRole>builder()
          .put("System Integrator", InvolvementRole.DELIVERY)
          .put("Contractor", InvolvementRole.DELIVERY)
          .put("VAR/Reseller", InvolvementRole.RESELLER)
          .put("Dealer", InvolvementRole.RESELLER)
          .put("Distributor", InvolvementRole.DISTRIBUTOR)
          .put("Developer", InvolvementRole.TECHNOLOGY_PROVIDER)
          .put("Supplier", InvolvementRole.TECHNOLOGY_PROVIDER)
          .put("Consultant", InvolvementRole.INFLUENCER)
          .put("Agency", InvolvementRole.INFLUENCER)
          .put("Advertiser", InvolvementRole.INFLUENCER)
          .put("Lender", InvolvementRole.INFLUENCER)
          .put("Institution", InvolvementRole.INFLUENCER)
          .put("Broker", InvolvementRole.REFERRER)
          .put("Co-seller", InvolvementRole.CO_SELLER)
          .buildOrThrow();

  /**
   * Salesforce's standard lead statuses and the lead status each one maps onto; the first of each
   * is the one written back. Another status is {@link LeadStatus#REJECTED} when it starts with
   * {@code Closed}, else {@link LeadStatus#NEW}; a lead with a converted opportunity is always
   * {@link LeadStatus#CONVERTED}.
   */
  public static final ImmutableMap<String, LeadStatus> DEFAULT_LEAD_STATUSES =
      ImmutableMap.of(
          "Open - Not Contacted", LeadStatus.NEW,
          "Working - Contacted", LeadStatus.ACCEPTED,
          "Closed - Not Converted", LeadStatus.REJECTED,
          "Closed - Converted", LeadStatus.CONVERTED);

  /**
   * The campaign types of a campaign aimed at partners' field teams ({@link CampaignKind#PUSH});
   * every other type, or none, is aimed at customers ({@link CampaignKind#PULL}, written back as
   * {@code Other}).
   */
  public static final ImmutableList<String> PUSH_CAMPAIGN_TYPES =
      ImmutableList.of("Partners", "Referral Program");

  private static final String LEAD_SOURCE = "LeadSource";
  private static final String ROLE = "Role";

  private final StageModel model;
  private final ImmutableMap<String, Stage> stages;
  private final ImmutableMap<String, Origin> leadSources;
  private final ImmutableMap<String, InvolvementRole> roles;
  private final Optional<String> stageMapFile;
  private final ImmutableList<String> roleSpellings;

  private SalesforceMapping(
      StageModel model,
      ImmutableMap<String, Stage> stages,
      ImmutableMap<String, Origin> leadSources,
      ImmutableMap<String, InvolvementRole> roles,
      Optional<String> stageMapFile,
      ImmutableList<String> roleSpellings) {
    this.model = model;
    this.roleSpellings = roleSpellings;
    this.stages = stages;
    this.leadSources = leadSources;
    this.roles = roles;
    this.stageMapFile = stageMapFile;
  }

  /** The default mapping, without files. */
  public static SalesforceMapping defaults() {
    return load(Optional.empty(), Optional.empty(), new java.util.ArrayList<>());
  }

  /**
   * The default mapping with the rows of the given files added; every bad row of a file is reported
   * to {@code problems} and left out.
   */
  static SalesforceMapping load(
      Optional<Path> stageMap, Optional<Path> roleMap, List<Problem> problems) {
    StageModel model = StageModels.coSell();
    Map<String, Stage> stages = new LinkedHashMap<>();
    DEFAULT_STAGES.forEach((name, stage) -> stages.put(key(name), model.get(stage)));
    stageMap.ifPresent(
        path -> {
          String file = path.getFileName().toString();
          new CsvTable(lower(STAGE_MAP_COLUMNS), List.of())
              .read(
                  path,
                  file,
                  problems,
                  row -> {
                    Map<String, String> cells = row.cells(lower(STAGE_MAP_COLUMNS));
                    String name = cells.get("stagename");
                    String stage = cells.get("stage");
                    if (name.isEmpty() || stage.isEmpty()) {
                      problems.add(
                          Problem.inFile(
                              file,
                              row.line(),
                              name.isEmpty() ? "StageName" : "stage",
                              ProblemKind.MISSING_VALUE,
                              (name.isEmpty() ? "StageName" : "stage") + " must not be empty"));
                      return;
                    }
                    try {
                      stages.put(key(name), Cells.stage(model, stage));
                    } catch (IllegalArgumentException e) {
                      problems.add(
                          Problem.inFile(
                              file,
                              row.line(),
                              "stage",
                              ProblemKind.UNKNOWN_REFERENCE,
                              "stage " + e.getMessage()));
                    }
                  });
        });
    Map<String, Origin> sources = new LinkedHashMap<>();
    DEFAULT_LEAD_SOURCES.forEach((name, origin) -> sources.put(key(name), origin));
    Map<String, InvolvementRole> roles = new LinkedHashMap<>();
    Map<String, String> spellings = new LinkedHashMap<>();
    DEFAULT_ROLES.forEach((name, role) -> roles.put(key(name), role));
    DEFAULT_ROLES.keySet().forEach(name -> spellings.put(key(name), name));
    roleMap.ifPresent(path -> readRoleMap(path, sources, roles, spellings, problems));
    return new SalesforceMapping(
        model,
        ImmutableMap.copyOf(stages),
        ImmutableMap.copyOf(sources),
        ImmutableMap.copyOf(roles),
        stageMap.map(path -> path.getFileName().toString()),
        ImmutableList.copyOf(spellings.values()));
  }

  private static void readRoleMap(
      Path path,
      Map<String, Origin> sources,
      Map<String, InvolvementRole> roles,
      Map<String, String> spellings,
      List<Problem> problems) {
    String file = path.getFileName().toString();
    new CsvTable(lower(ROLE_MAP_COLUMNS), List.of())
        .read(
            path,
            file,
            problems,
            row -> {
              Map<String, String> cells = row.cells(lower(ROLE_MAP_COLUMNS));
              String field = cells.get("field");
              String value = cells.get("value");
              String target = cells.get("maps_to");
              for (String column : ROLE_MAP_COLUMNS) {
                if (cells.get(column).isEmpty()) {
                  problems.add(
                      Problem.inFile(
                          file,
                          row.line(),
                          column,
                          ProblemKind.MISSING_VALUE,
                          column + " must not be empty"));
                  return;
                }
              }
              try {
                if (field.equalsIgnoreCase(LEAD_SOURCE)) {
                  sources.put(key(value), Cells.constant(Origin.class, target));
                } else if (field.equalsIgnoreCase(ROLE)) {
                  roles.put(key(value), Cells.constant(InvolvementRole.class, target));
                  spellings.putIfAbsent(key(value), value);
                } else {
                  problems.add(
                      Problem.inFile(
                          file,
                          row.line(),
                          "field",
                          ProblemKind.INVALID_VALUE,
                          "field "
                              + Cells.quote(field)
                              + " is not one of "
                              + LEAD_SOURCE
                              + ", "
                              + ROLE));
                }
              } catch (IllegalArgumentException e) {
                problems.add(
                    Problem.inFile(
                        file,
                        row.line(),
                        "maps_to",
                        ProblemKind.INVALID_VALUE,
                        "maps_to " + e.getMessage()));
              }
            });
  }

  /** The co-sell stage model the stages belong to. */
  public StageModel stageModel() {
    return model;
  }

  /**
   * The stage of a Salesforce stage name: a row of the stage map file, else a stage of the co-sell
   * model of that name, else a standard Salesforce stage; empty when none.
   */
  public Optional<Stage> stage(String stageName) {
    checkNotNull(stageName, "stageName");
    Stage mapped = stages.get(key(stageName));
    return mapped != null ? Optional.of(mapped) : model.stage(stageName.strip());
  }

  /** The stage of a Salesforce stage name, or a problem saying where to map it. */
  Stage requireStage(String stageName) {
    return stage(stageName)
        .orElseThrow(
            () ->
                new org.alliancekit.io.csv.BadCell(
                    ProblemKind.UNKNOWN_REFERENCE,
                    Cells.quote(stageName)
                        + " is neither a stage of the co-sell model nor a standard Salesforce"
                        + " stage; add a row "
                        + Cells.quote(stageName.strip() + ",<stage>")
                        + " to "
                        + stageMapFile
                            .map(file -> "the stage map file " + file)
                            .orElse("a stage map file (header StageName,stage) and pass it")
                        + ", with <stage> one of "
                        + model.stages().stream()
                            .map(Stage::name)
                            .collect(java.util.stream.Collectors.joining(", "))));
  }

  /** The origin of a lead source: {@link Origin#DIRECT} for an unmapped or absent one. */
  public Origin origin(Optional<String> leadSource) {
    return leadSource.map(source -> leadSources.get(key(source))).orElse(Origin.DIRECT);
  }

  /**
   * The involvement role of an opportunity partner role: {@link InvolvementRole#CO_SELLER} for a
   * blank one, empty for an unmapped one.
   */
  public Optional<InvolvementRole> role(Optional<String> role) {
    return role.isEmpty()
        ? Optional.of(InvolvementRole.CO_SELLER)
        : Optional.ofNullable(roles.get(key(role.get())));
  }

  /** The mapped role values as first spelt, for messages. */
  String roleNames() {
    return String.join(", ", roleSpellings);
  }

  /** The lead status of a Salesforce lead status, as {@link #DEFAULT_LEAD_STATUSES} says. */
  public static LeadStatus leadStatus(Optional<String> status) {
    if (status.isEmpty()) {
      return LeadStatus.NEW;
    }
    for (Map.Entry<String, LeadStatus> entry : DEFAULT_LEAD_STATUSES.entrySet()) {
      if (key(entry.getKey()).equals(key(status.get()))) {
        return entry.getValue();
      }
    }
    return key(status.get()).startsWith("closed") ? LeadStatus.REJECTED : LeadStatus.NEW;
  }

  /** The kind of a campaign of the given Salesforce type, as {@link #PUSH_CAMPAIGN_TYPES} says. */
  public static CampaignKind campaignKind(Optional<String> type) {
    return type.isPresent()
            && PUSH_CAMPAIGN_TYPES.stream().anyMatch(push -> key(push).equals(key(type.get())))
        ? CampaignKind.PUSH
        : CampaignKind.PULL;
  }

  private static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static ImmutableList<String> lower(List<String> columns) {
    return columns.stream()
        .map(column -> column.toLowerCase(Locale.ROOT))
        .collect(ImmutableList.toImmutableList());
  }
}
