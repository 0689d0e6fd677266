package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.network.NetworkType;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworksCsvTest {
  private static final String FILE = "networks.csv";
  private static final String HEADER = "network_id,type,organizer_id,member_id,name,focus\n";

  private static final PartnerNetwork CIRCLE =
      PartnerNetwork.builder()
          .id(NetworkId.of("net-1"))
          .name("Cloud Partner Circle")
          .type(NetworkType.VENDOR_DRIVEN)
          .organizer(Samples.HOST)
          .addMembers(Samples.ACME, Samples.GLOBEX)
          .addFocus("cloud migration", "banking")
          .build();

  private static ReadResult<PartnerNetwork> read(String text) {
    return NetworksCsv.read(new StringReader(text), FILE);
  }

  @Test
  void readsTheRowsOfANetworkAsOneNetwork() {
    ReadResult<PartnerNetwork> result =
        read(
            HEADER
                + "net-1,VENDOR_DRIVEN,hq,acme,Cloud Partner Circle,cloud migration;banking\n"
                + "peers,peer_to_peer,,initech,,\n"
                + "net-1,vendor-driven,hq,globex,Cloud Partner Circle,cloud migration; banking\n");
    assertTrue(result.isClean(), result::toString);
    PartnerNetwork peers =
        PartnerNetwork.builder()
            .id(NetworkId.of("peers"))
            .name("peers")
            .type(NetworkType.PEER_TO_PEER)
            .addMembers(PartnerId.of("initech"))
            .build();
    assertEquals(ImmutableList.of(CIRCLE, peers), result.values());
    assertEquals(ImmutableList.of(2L, 3L), result.lines());
  }

  @Test
  void theNameIsTheIdWhenItsColumnIsLeftOut() {
    ReadResult<PartnerNetwork> result =
        read("member_id,network_id,organizer_id,type\nacme,net-1,hq,DISTRIBUTOR_ORGANIZED\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals("net-1", result.values().get(0).name());
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<PartnerNetwork> result =
        read(
            HEADER
                + "n1,VENDOR_DRIVEN,hq,acme,N1,cloud\n" // 2
                + "n1,PEER_TO_PEER,hq,globex,N1,cloud\n" // 3
                + "n1,VENDOR_DRIVEN,other,globex,N1,cloud\n" // 4
                + "n1,VENDOR_DRIVEN,hq,globex,Other,cloud\n" // 5
                + "n1,VENDOR_DRIVEN,hq,globex,N1,cloud;data\n" // 6
                + "n1,VENDOR_DRIVEN,hq,acme,N1,cloud\n" // 7
                + "n1,CLUB,hq,globex,N1,cloud\n" // 8
                + "n1,VENDOR_DRIVEN,hq,,N1,cloud\n" // 9
                + "n2,VENDOR_DRIVEN,,acme,,\n" // 10
                + "n2,VENDOR_DRIVEN,,globex,,\n" // 11
                + "n1,VENDOR_DRIVEN,hq,initech,N1,cloud\n"); // 12
    assertProblems(
        result,
        at(FILE, 3, "type", ProblemKind.INCONSISTENT),
        at(FILE, 4, "organizer_id", ProblemKind.INCONSISTENT),
        at(FILE, 5, "name", ProblemKind.INCONSISTENT),
        at(FILE, 6, "focus", ProblemKind.INCONSISTENT),
        at(FILE, 7, "member_id", ProblemKind.DUPLICATE),
        at(FILE, 8, "type", ProblemKind.INVALID_VALUE),
        at(FILE, 9, "member_id", ProblemKind.MISSING_VALUE),
        at(FILE, 10, "", ProblemKind.INVALID_VALUE),
        at(FILE, 11, "", ProblemKind.INVALID_VALUE));
    assertEquals(ImmutableList.of(2L), result.lines());
    assertEquals(
        ImmutableList.of(Samples.ACME, PartnerId.of("initech")),
        result.values().get(0).members().asList());
    assertEquals(
        "network n1 has type 'PEER_TO_PEER' here but 'VENDOR_DRIVEN' on line 2",
        problemAt(result, 3, "type").message());
    assertEquals(
        "member acme is already listed on line 2", problemAt(result, 7, "member_id").message());
    assertEquals(
        "network n2 of type VENDOR_DRIVEN must have an organizer",
        problemAt(result, 10, "").message());
  }

  @Test
  void roundTripsNetworks(@TempDir Path dir) throws IOException {
    ImmutableList<PartnerNetwork> networks =
        ImmutableList.of(
            CIRCLE,
            PartnerNetwork.builder()
                .id(NetworkId.of("peers"))
                .name("Peers, \"united\"")
                .type(NetworkType.PEER_TO_PEER)
                .addMembers(PartnerId.of("initech"))
                .build());
    StringWriter out = new StringWriter();
    NetworksCsv.write(out, networks);
    ReadResult<PartnerNetwork> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(networks, back.values());
    Path file = dir.resolve(NetworksCsv.FILE_NAME);
    NetworksCsv.write(file, networks);
    assertEquals(networks, NetworksCsv.read(file).values());
  }

  @Test
  void refusesANameTheCellCannotGiveBack() {
    assertEquals(
        "name value ' Circle' cannot be written: surrounding whitespace is not kept",
        Refusals.refusal(
            out -> NetworksCsv.write(out, ImmutableList.of(CIRCLE, CIRCLE.withName(" Circle")))));
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(NetworksCsv.class);
  }
}
