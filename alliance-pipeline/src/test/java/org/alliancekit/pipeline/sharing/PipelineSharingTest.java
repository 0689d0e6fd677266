package org.alliancekit.pipeline.sharing;

import static org.alliancekit.pipeline.sharing.Fixtures.ACME;
import static org.alliancekit.pipeline.sharing.Fixtures.AS_OF;
import static org.alliancekit.pipeline.sharing.Fixtures.CONTOSO;
import static org.alliancekit.pipeline.sharing.Fixtures.HOST;
import static org.alliancekit.pipeline.sharing.Fixtures.KEY;
import static org.alliancekit.pipeline.sharing.Fixtures.NORTHWIND;
import static org.alliancekit.pipeline.sharing.Fixtures.lead;
import static org.alliancekit.pipeline.sharing.Fixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PipelineSharingTest {
  private static final PipelineSharing SHARING = PipelineSharing.of(KEY);

  // Northwind (a-1): o-1 and lead l-1 (converted into o-1); Contoso (a-2): o-2 and lead l-2.
  private static final Opportunity O1 = opportunity("o-1").build();
  private static final Opportunity O2 =
      opportunity("o-2").account(CONTOSO).name("Data lake").amount(Money.of(40_000, "USD")).build();
  private static final Lead L1 = lead("l-1").build().convertedTo(O1.id());
  private static final Lead L2 = lead("l-2").account(CONTOSO).build();
  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .owner(PipelineOwner.party(HOST))
          .asOf(AS_OF)
          .addOpportunities(O1, O2)
          .addLeads(L1, L2)
          .build();
  private static final ImmutableSet<AccountId> VIEWER_HAS_NORTHWIND =
      ImmutableSet.of(NORTHWIND.id(), AccountId.of("a-9"));

  /** The expected pseudonym, computed independently: hex HMAC-SHA256 of "tag:value". */
  private static String hmac(String tagged) {
    return Hashing.hmacSha256(KEY).hashString(tagged, StandardCharsets.UTF_8).toString();
  }

  @Test
  void fullPolicyShowsEveryRecordAndField() {
    RedactedPipeline view = SHARING.share(PIPELINE, SharingPolicy.full(), Set.of());
    assertEquals(OptionalInt.of(2), view.opportunityCount());
    assertEquals(OptionalInt.of(2), view.leadCount());
    RedactedOpportunity first = view.opportunities().get(0);
    assertEquals(Optional.of(O1.id()), first.id());
    assertEquals(Optional.of(NORTHWIND), first.account());
    assertEquals(Optional.of(O1.amount()), first.amount());
    assertEquals(Optional.of(HOST), first.owner());
    assertEquals(O1.involvements(), first.involvements());
    assertEquals(Optional.of("Claims platform"), first.name());
    assertEquals(O1.stage(), first.stage());
    assertEquals(Origin.PARTNER_INFLUENCED, first.origin());
    assertEquals(Optional.empty(), first.idPseudonym());
    RedactedLead converted = view.leads().get(0);
    assertEquals(Optional.of(L1.id()), converted.id());
    assertEquals(Optional.of(ACME), converted.source());
    assertEquals(ImmutableSet.of(HOST), converted.sharedWith());
    assertEquals(Optional.of(O1.id()), converted.convertedOpportunity());
    assertEquals(LeadStatus.CONVERTED, converted.status());
  }

  @Test
  void nothingPolicyShowsNeitherCountsNorRecords() {
    RedactedPipeline view = SHARING.share(PIPELINE, SharingPolicy.nothing(), Set.of());
    assertEquals(
        RedactedPipeline.builder()
            .asOf(AS_OF)
            .opportunityVisibility(Visibility.NOTHING)
            .leadVisibility(Visibility.NOTHING)
            .build(),
        view);
  }

  @Test
  void countsOnlyShowsTheCountsOfTheWholePipeline() {
    SharingPolicy counts =
        SharingPolicy.of(
            RecordPolicy.of(Visibility.COUNTS_ONLY).with(SharedField.AMOUNT, FieldTreatment.SHOW),
            RecordPolicy.of(Visibility.COUNTS_ONLY));
    RedactedPipeline view = SHARING.share(PIPELINE, counts, VIEWER_HAS_NORTHWIND);
    assertEquals(OptionalInt.of(2), view.opportunityCount());
    assertEquals(OptionalInt.of(2), view.leadCount());
    assertEquals(ImmutableList.of(), view.opportunities());
    assertEquals(ImmutableList.of(), view.leads());
  }

  @Test
  void overlappingAccountsShowsOnlyRecordsOnTheViewersAccounts() {
    SharingPolicy overlap =
        SharingPolicy.of(
            RecordPolicy.of(Visibility.OVERLAPPING_ACCOUNTS)
                .with(SharedField.ID, FieldTreatment.SHOW),
            RecordPolicy.of(Visibility.OVERLAPPING_ACCOUNTS)
                .with(SharedField.ID, FieldTreatment.SHOW));
    RedactedPipeline view = SHARING.share(PIPELINE, overlap, VIEWER_HAS_NORTHWIND);
    // The count covers the whole pipeline; only Northwind's records are listed.
    assertEquals(OptionalInt.of(2), view.opportunityCount());
    assertEquals(1, view.opportunities().size());
    assertEquals(Optional.of(O1.id()), view.opportunities().get(0).id());
    assertEquals(1, view.leads().size());
    assertEquals(Optional.of(L1.id()), view.leads().get(0).id());
    // Hidden fields are absent, always-shown ones present.
    RedactedOpportunity record = view.opportunities().get(0);
    assertEquals(Optional.empty(), record.amount());
    assertEquals(Optional.empty(), record.account());
    assertEquals(Optional.empty(), record.owner());
    assertEquals(ImmutableList.of(), record.involvements());
    assertEquals(Optional.empty(), record.name());
    assertEquals(O1.expectedClose(), record.expectedClose());
  }

  @Test
  void overlappingAccountsWithNoCommonAccountListsNothing() {
    SharingPolicy overlap =
        SharingPolicy.of(
            RecordPolicy.of(Visibility.OVERLAPPING_ACCOUNTS),
            RecordPolicy.of(Visibility.OVERLAPPING_ACCOUNTS));
    RedactedPipeline view = SHARING.share(PIPELINE, overlap, Set.of(AccountId.of("a-9")));
    assertEquals(ImmutableList.of(), view.opportunities());
    assertEquals(ImmutableList.of(), view.leads());
    assertEquals(OptionalInt.of(2), view.leadCount());
  }

  @Test
  void pseudonymsAreKeyedHmacsOfTaggedValues() {
    RecordPolicy pseudonymous =
        RecordPolicy.of(Visibility.FULL)
            .with(SharedField.ID, FieldTreatment.PSEUDONYMISE)
            .with(SharedField.ACCOUNT, FieldTreatment.PSEUDONYMISE)
            .with(SharedField.AMOUNT, FieldTreatment.PSEUDONYMISE)
            .with(SharedField.CONTACTS, FieldTreatment.PSEUDONYMISE)
            .with(SharedField.NAME, FieldTreatment.PSEUDONYMISE);
    RedactedPipeline view =
        SHARING.share(PIPELINE, SharingPolicy.of(pseudonymous, pseudonymous), Set.of());
    RedactedOpportunity record = view.opportunities().get(0);
    assertEquals(Optional.of(hmac("opportunity:o-1")), record.idPseudonym());
    assertEquals(Optional.of(hmac("account:a-1")), record.accountPseudonym());
    // 250000 EUR: trailing zeros stripped, plain notation.
    assertEquals(Optional.of(hmac("amount:EUR 250000")), record.amountPseudonym());
    assertEquals(Optional.of(hmac("party:host")), record.ownerPseudonym());
    assertEquals(ImmutableList.of(hmac("party:acme")), record.partnerPseudonyms());
    assertEquals(Optional.of(hmac("name:Claims platform")), record.namePseudonym());
    assertEquals(Optional.empty(), record.id());
    assertEquals(Optional.empty(), record.amount());
    assertEquals(64, record.idPseudonym().orElseThrow().length());
    RedactedLead converted = view.leads().get(0);
    assertEquals(Optional.of(hmac("lead:l-1")), converted.idPseudonym());
    assertEquals(Optional.of(hmac("party:acme")), converted.sourcePseudonym());
    assertEquals(ImmutableSet.of(hmac("party:host")), converted.sharedWithPseudonyms());
    // The converted lead joins its opportunity on equal pseudonyms.
    assertEquals(record.idPseudonym(), converted.convertedOpportunityPseudonym());
    // Both records on Northwind carry the same account pseudonym.
    assertEquals(record.accountPseudonym(), converted.accountPseudonym());
    assertEquals(SHARING.pseudonymOf(NORTHWIND.id()), record.accountPseudonym().orElseThrow());
    assertEquals(SHARING.pseudonymOf(HOST), record.ownerPseudonym().orElseThrow());
    assertEquals(SHARING.pseudonymOf(L1.id()), converted.idPseudonym().orElseThrow());
  }

  @Test
  void equalTextOfDifferentKindsGetsDifferentPseudonyms() {
    assertNotEquals(
        SHARING.pseudonymOf(AccountId.of("x")), SHARING.pseudonymOf(OpportunityId.of("x")));
    assertNotEquals(SHARING.pseudonymOf(PartnerId.of("x")), SHARING.pseudonymOf(LeadId.of("x")));
  }

  @Test
  void differentKeysGiveUnrelatedPseudonymsAndTheSameKeyTheSame() {
    PipelineSharing other =
        PipelineSharing.of("another secret, also long enough".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(SHARING.pseudonymOf(NORTHWIND.id()), other.pseudonymOf(NORTHWIND.id()));
    assertEquals(
        SHARING.pseudonymOf(NORTHWIND.id()),
        PipelineSharing.of(KEY.clone()).pseudonymOf(NORTHWIND.id()));
  }

  @Test
  void keyIsCopiedSoLaterChangesDoNotAffectPseudonyms() {
    byte[] key = KEY.clone();
    PipelineSharing sharing = PipelineSharing.of(key);
    key[0] ^= 1;
    assertEquals(SHARING.pseudonymOf(HOST), sharing.pseudonymOf(HOST));
  }

  @Test
  void convertedOpportunityOutsideTheViewIsNotNamed() {
    SharingPolicy leadsOnly =
        SharingPolicy.of(
            RecordPolicy.of(Visibility.COUNTS_ONLY).with(SharedField.ID, FieldTreatment.SHOW),
            RecordPolicy.full());
    RedactedLead converted = SHARING.share(PIPELINE, leadsOnly, Set.of()).leads().get(0);
    assertEquals(LeadStatus.CONVERTED, converted.status());
    assertEquals(Optional.empty(), converted.convertedOpportunity());
    assertEquals(Optional.empty(), converted.convertedOpportunityPseudonym());
  }

  @Test
  void convertedOpportunityFollowsTheOpportunityPolicyNotTheLeadPolicy() {
    SharingPolicy hiddenOpportunityIds =
        SharingPolicy.of(RecordPolicy.of(Visibility.FULL), RecordPolicy.full());
    RedactedLead converted = SHARING.share(PIPELINE, hiddenOpportunityIds, Set.of()).leads().get(0);
    assertEquals(Optional.of(L1.id()), converted.id());
    assertEquals(Optional.empty(), converted.convertedOpportunity());
    assertFalse(converted.toString().contains("o-1"), converted.toString());
  }

  @Test
  void rejectsPseudonymisingPolicyWithoutKey() {
    SharingPolicy pseudonymous =
        SharingPolicy.of(
            RecordPolicy.of(Visibility.FULL).with(SharedField.ACCOUNT, FieldTreatment.PSEUDONYMISE),
            RecordPolicy.nothing());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PipelineSharing.keyless().share(PIPELINE, pseudonymous, Set.of()));
    assertEquals(
        "sharing policy pseudonymises fields, but this PipelineSharing has no key: use"
            + " PipelineSharing.of(key)",
        e.getMessage());
  }

  @Test
  void sharesWithoutKeyWhenNothingIsPseudonymised() {
    PipelineSharing plain = PipelineSharing.keyless();
    assertFalse(plain.canPseudonymise());
    assertTrue(SHARING.canPseudonymise());
    assertEquals(
        SHARING.share(PIPELINE, SharingPolicy.full(), Set.of()),
        plain.share(PIPELINE, SharingPolicy.full(), Set.of()));
    // Pseudonymise at COUNTS_ONLY has no effect, so no key is needed either.
    SharingPolicy counts =
        SharingPolicy.of(
            RecordPolicy.of(Visibility.COUNTS_ONLY)
                .with(SharedField.ID, FieldTreatment.PSEUDONYMISE),
            RecordPolicy.nothing());
    assertEquals(OptionalInt.of(2), plain.share(PIPELINE, counts, Set.of()).opportunityCount());
  }

  @Test
  void pseudonymOfWithoutKeyIsAnIllegalState() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> PipelineSharing.keyless().pseudonymOf(HOST));
    assertEquals("this PipelineSharing has no key, so it cannot pseudonymise", e.getMessage());
  }

  @Test
  void rejectsShortKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PipelineSharing.of(new byte[15]));
    assertEquals(
        "pseudonymisation key of 15 bytes is shorter than the 16 bytes required", e.getMessage());
  }

  @Test
  void toStringNeverShowsTheKey() {
    assertEquals("PipelineSharing{keyed}", SHARING.toString());
    assertEquals("PipelineSharing{without key}", PipelineSharing.keyless().toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(PipelineSharing.class);
    tester.testAllPublicInstanceMethods(SHARING);
  }

  // ---- the leak law ----

  /**
   * Redaction never reveals a hidden value. Every text value in the generated pipelines is a
   * distinct token (ids, names, industries, parties end in "q" after a two-digit number; amounts
   * have six integer and two fraction digits, the last not zero, and are unique), so a value the
   * policy does not show can be searched for in the view's text. The test works out, from the
   * policy alone, which values the view may show; every other value must appear nowhere in the
   * view's {@code toString()}, which lists every field of every record, and the structured fields
   * must be empty where the policy hides them.
   */
  @Property(tries = 300)
  void redactionNeverRevealsAHiddenValue(
      @ForAll("pipelines") Pipeline pipeline,
      @ForAll("policies") SharingPolicy policy,
      @ForAll("viewerAccounts") Set<AccountId> viewerAccounts) {
    RedactedPipeline view = SHARING.share(pipeline, policy, viewerAccounts);
    Set<String> all = new HashSet<>();
    Set<String> revealed = new HashSet<>();
    Set<OpportunityId> opportunitiesInView = new HashSet<>();
    RecordPolicy opportunities = policy.opportunities();
    for (Opportunity o : pipeline.opportunities()) {
      all.add(o.id().value());
      all.add(o.name());
      all.add(amountText(o));
      all.addAll(accountTexts(o.account()));
      all.add(o.owner().value());
      o.involvements().forEach(i -> all.add(i.party().value()));
      if (inView(opportunities.visibility(), o.account().id(), viewerAccounts)) {
        opportunitiesInView.add(o.id());
        reveal(revealed, opportunities, SharedField.ID, o.id().value());
        reveal(revealed, opportunities, SharedField.NAME, o.name());
        reveal(revealed, opportunities, SharedField.AMOUNT, amountText(o));
        accountTexts(o.account())
            .forEach(text -> reveal(revealed, opportunities, SharedField.ACCOUNT, text));
        reveal(revealed, opportunities, SharedField.CONTACTS, o.owner().value());
        o.involvements()
            .forEach(i -> reveal(revealed, opportunities, SharedField.CONTACTS, i.party().value()));
      }
    }
    RecordPolicy leads = policy.leads();
    for (Lead l : pipeline.leads()) {
      all.add(l.id().value());
      all.addAll(accountTexts(l.account()));
      all.add(l.source().value());
      l.sharedWith().forEach(p -> all.add(p.value()));
      l.convertedOpportunity().ifPresent(o -> all.add(o.value()));
      if (inView(leads.visibility(), l.account().id(), viewerAccounts)) {
        reveal(revealed, leads, SharedField.ID, l.id().value());
        accountTexts(l.account())
            .forEach(text -> reveal(revealed, leads, SharedField.ACCOUNT, text));
        reveal(revealed, leads, SharedField.CONTACTS, l.source().value());
        l.sharedWith().forEach(p -> reveal(revealed, leads, SharedField.CONTACTS, p.value()));
        l.convertedOpportunity()
            .filter(opportunitiesInView::contains)
            .ifPresent(o -> reveal(revealed, opportunities, SharedField.ID, o.value()));
      }
    }
    String text = view.toString();
    for (String value : all) {
      if (!revealed.contains(value)) {
        assertFalse(text.contains(value), () -> "hidden value " + value + " leaks into " + text);
      }
    }
    assertFieldsFollowPolicy(view, policy);
    assertEquals(
        pipeline.opportunities().stream()
            .filter(o -> inView(opportunities.visibility(), o.account().id(), viewerAccounts))
            .count(),
        view.opportunities().size());
    assertEquals(
        opportunities.visibility().showsCounts()
            ? OptionalInt.of(pipeline.opportunities().size())
            : OptionalInt.empty(),
        view.opportunityCount());
    assertEquals(
        leads.visibility().showsCounts()
            ? OptionalInt.of(pipeline.leads().size())
            : OptionalInt.empty(),
        view.leadCount());
  }

  private static void assertFieldsFollowPolicy(RedactedPipeline view, SharingPolicy policy) {
    RecordPolicy p = policy.opportunities();
    for (RedactedOpportunity o : view.opportunities()) {
      assertShape(p, SharedField.ID, o.id(), o.idPseudonym());
      assertShape(p, SharedField.ACCOUNT, o.account(), o.accountPseudonym());
      assertShape(p, SharedField.AMOUNT, o.amount(), o.amountPseudonym());
      assertShape(p, SharedField.CONTACTS, o.owner(), o.ownerPseudonym());
      assertShape(p, SharedField.NAME, o.name(), o.namePseudonym());
      if (p.treatment(SharedField.CONTACTS) != FieldTreatment.SHOW) {
        assertEquals(ImmutableList.of(), o.involvements());
      }
      if (p.treatment(SharedField.CONTACTS) != FieldTreatment.PSEUDONYMISE) {
        assertEquals(ImmutableList.of(), o.partnerPseudonyms());
      }
    }
    RecordPolicy q = policy.leads();
    for (RedactedLead l : view.leads()) {
      assertShape(q, SharedField.ID, l.id(), l.idPseudonym());
      assertShape(q, SharedField.ACCOUNT, l.account(), l.accountPseudonym());
      assertShape(q, SharedField.CONTACTS, l.source(), l.sourcePseudonym());
      if (q.treatment(SharedField.CONTACTS) != FieldTreatment.SHOW) {
        assertEquals(ImmutableSet.of(), l.sharedWith());
      }
      if (p.treatment(SharedField.ID) != FieldTreatment.SHOW) {
        assertEquals(Optional.empty(), l.convertedOpportunity());
      }
      if (p.treatment(SharedField.ID) != FieldTreatment.PSEUDONYMISE) {
        assertEquals(Optional.empty(), l.convertedOpportunityPseudonym());
      }
    }
  }

  private static void assertShape(
      RecordPolicy policy, SharedField field, Optional<?> shown, Optional<String> pseudonym) {
    FieldTreatment treatment = policy.treatment(field);
    assertEquals(treatment == FieldTreatment.SHOW, shown.isPresent(), field + " shown");
    assertEquals(
        treatment == FieldTreatment.PSEUDONYMISE, pseudonym.isPresent(), field + " pseudonym");
  }

  private static void reveal(
      Set<String> revealed, RecordPolicy policy, SharedField field, String value) {
    if (policy.treatment(field) == FieldTreatment.SHOW) {
      revealed.add(value);
    }
  }

  private static boolean inView(Visibility visibility, AccountId account, Set<AccountId> viewer) {
    return visibility == Visibility.FULL
        || (visibility == Visibility.OVERLAPPING_ACCOUNTS && viewer.contains(account));
  }

  private static String amountText(Opportunity opportunity) {
    return opportunity.amount().getNumber().numberValue(BigDecimal.class).toPlainString();
  }

  private static List<String> accountTexts(Account account) {
    return List.of(account.id().value(), account.name(), account.industry().orElseThrow());
  }

  private static Account account(int index) {
    return Account.builder()
        .id(AccountId.of(String.format("acctid%02dq", index)))
        .name(String.format("acctname%02dq", index))
        .industry(String.format("industry%02dq", index))
        .build();
  }

  private static PartnerId party(int index) {
    return PartnerId.of(String.format("party%02dq", index));
  }

  @Provide
  Arbitrary<Set<AccountId>> viewerAccounts() {
    return Arbitraries.integers()
        .between(0, 4)
        .set()
        .map(
            indexes -> {
              Set<AccountId> ids = new HashSet<>();
              indexes.forEach(i -> ids.add(account(i).id()));
              return ids;
            });
  }

  @Provide
  Arbitrary<SharingPolicy> policies() {
    return Fixtures.sharingPolicies();
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    Arbitrary<List<Long>> amounts =
        // A last digit of 0 would be dropped from the amount's text ("100000.1"), which could then
        // be found inside another amount ("100000.12"); so every amount keeps two fraction digits.
        Arbitraries.longs()
            .between(10_000_000L, 99_999_999L)
            .filter(minor -> minor % 10 != 0)
            .list()
            .ofMaxSize(6)
            .uniqueElements();
    return amounts.flatMap(
        minors -> {
          int n = minors.size();
          Arbitrary<List<Integer>> accounts = Arbitraries.integers().between(0, 4).list().ofSize(n);
          Arbitrary<List<Integer>> owners = Arbitraries.integers().between(0, 5).list().ofSize(n);
          Arbitrary<List<Set<Integer>>> partners =
              Arbitraries.integers().between(0, 5).set().ofMaxSize(3).list().ofSize(n);
          Arbitrary<List<String>> stages =
              Arbitraries.of("Prospect", "Qualified", "Committed", "Launched", "Closed Lost")
                  .list()
                  .ofSize(n);
          Arbitrary<List<LeadSpec>> leads =
              Combinators.combine(
                      Arbitraries.integers().between(0, 4),
                      Arbitraries.integers().between(0, 5),
                      Arbitraries.integers().between(0, 5).set().ofMaxSize(3),
                      Arbitraries.integers().between(-1, 7))
                  .as(LeadSpec::new)
                  .list()
                  .ofMaxSize(4);
          return Combinators.combine(accounts, owners, partners, stages, leads)
              .as((a, o, p, s, l) -> build(minors, a, o, p, s, l));
        });
  }

  /**
   * A lead on an account, from a source, passed to parties, converted into opportunity {@code
   * converted} (an index; -1 for not converted; indexes beyond the pipeline's opportunities name an
   * opportunity the pipeline does not have).
   */
  record LeadSpec(int account, int source, Set<Integer> sharedWith, int converted) {}

  private static Pipeline build(
      List<Long> minors,
      List<Integer> accounts,
      List<Integer> owners,
      List<Set<Integer>> partners,
      List<String> stages,
      List<LeadSpec> leadSpecs) {
    List<Opportunity> opportunities = new ArrayList<>();
    for (int i = 0; i < minors.size(); i++) {
      PartnerId owner = party(owners.get(i));
      Opportunity.Builder builder =
          Opportunity.builder()
              .id(OpportunityId.of(String.format("oppid%02dq", i)))
              .account(account(accounts.get(i)))
              .name(String.format("oppname%02dq", i))
              .amount(Money.of(BigDecimal.valueOf(minors.get(i), 2), i % 2 == 0 ? "EUR" : "USD"))
              .stage(StageModels.coSell().get(stages.get(i)))
              .created(Fixtures.JAN_10)
              .expectedClose(LocalDate.of(2024, 6, 30))
              .owner(owner);
      for (int partner : partners.get(i)) {
        builder.addInvolvements(Involvement.of(party(partner), InvolvementRole.CO_SELLER));
      }
      opportunities.add(builder.build());
    }
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < leadSpecs.size(); i++) {
      LeadSpec spec = leadSpecs.get(i);
      Lead.Builder builder =
          Lead.builder()
              .id(LeadId.of(String.format("leadid%02dq", i)))
              .account(account(spec.account()))
              .source(party(spec.source()))
              .received(Fixtures.JAN_10);
      spec.sharedWith().stream()
          .filter(p -> p != spec.source())
          .forEach(p -> builder.addSharedWith(party(p)));
      Lead lead = builder.build();
      if (spec.converted() >= 0) {
        lead = lead.convertedTo(OpportunityId.of(String.format("oppid%02dq", spec.converted())));
      }
      leads.add(lead);
    }
    return Pipeline.builder()
        .owner(PipelineOwner.party(HOST))
        .asOf(AS_OF)
        .opportunities(opportunities)
        .leads(leads)
        .build();
  }
}
