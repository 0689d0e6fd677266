package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.network.NetworkType;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code networks.csv}, in long format: one row per member of a partner network,
 * the rows of one network sharing its {@code network_id} and repeating its other fields.
 *
 * <table>
 *   <caption>Columns of networks.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>network_id</td><td>yes</td><td>the network's id; rows with the same id form one
 *       network</td></tr>
 *   <tr><td>type</td><td>yes</td><td>a {@link NetworkType} name, such as {@code
 *       VENDOR_DRIVEN}</td></tr>
 *   <tr><td>organizer_id</td><td>yes, may be blank</td><td>the partner id of the party that runs
 *       the network; blank for none, which only a {@code PEER_TO_PEER} network may have</td></tr>
 *   <tr><td>member_id</td><td>yes</td><td>the partner id of one member, once per
 *       network</td></tr>
 *   <tr><td>name</td><td>no</td><td>the network's name; when the column is left out or the cell
 *       is blank, the name is the network id</td></tr>
 *   <tr><td>focus</td><td>no</td><td>what the network focuses on, tags joined by {@code ;}, such
 *       as {@code cloud migration;banking}</td></tr>
 * </table>
 *
 * <p><b>How rows become networks.</b> The first row of a {@code network_id} whose cells are all
 * valid fixes the network's type, organizer, name and focus; a later row of the same id that
 * differs in any of them is reported as {@link ProblemKind#INCONSISTENT} and left out, and a member
 * listed again for the same network as {@link ProblemKind#DUPLICATE}. A network the model rejects
 * once all its rows are read (such as a vendor-driven network without an organizer) is reported at
 * the line of each of its rows with the model's message. A network is returned at the line of its
 * first good row, in the order of first rows.
 *
 * <p><b>What the file does not hold.</b> A network without members has no row, so {@link #write}
 * never meets one (the model requires a member). A name or focus tag with surrounding whitespace,
 * or a focus tag holding {@code ;}, cannot be written and is refused. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class NetworksCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "networks.csv";

  /** Column {@code network_id}. */
  public static final String NETWORK_ID = "network_id";

  /** Column {@code type}. */
  public static final String TYPE = "type";

  /** Column {@code organizer_id}. */
  public static final String ORGANIZER_ID = "organizer_id";

  /** Column {@code member_id}. */
  public static final String MEMBER_ID = "member_id";

  /** Column {@code name}; the network id when left out or blank. */
  public static final String NAME = "name";

  /** Column {@code focus}: focus tags joined by {@code ;}. */
  public static final String FOCUS = "focus";

  /** One row of the file: a member of a network. */
  private record MemberRow(PartnerNetwork network, PartnerId member) {}

  private static final Column<MemberRow, NetworkId> ID_COLUMN =
      Column.required(NETWORK_ID, NetworkId::parse, row -> row.network().id().value());
  private static final Column<MemberRow, NetworkType> TYPE_COLUMN =
      Column.required(
          TYPE,
          text -> Cells.constant(NetworkType.class, text),
          row -> row.network().type().name());
  private static final Column<MemberRow, PartnerId> ORGANIZER_COLUMN =
      Column.shared(
          Column.mayBeBlank(
              ORGANIZER_ID,
              Cells.PARTNER_ID,
              row -> row.network().organizer().map(PartnerId::value).orElse("")));
  private static final Column<MemberRow, PartnerId> MEMBER_COLUMN =
      Column.shared(Column.required(MEMBER_ID, Cells.PARTNER_ID, row -> row.member().value()));
  private static final Column<MemberRow, String> NAME_COLUMN =
      Column.optional(
          NAME, Cells::name, row -> Cells.optionalText(NAME, Optional.of(row.network().name())));
  private static final Column<MemberRow, ImmutableSet<String>> FOCUS_COLUMN =
      Column.optional(FOCUS, Cells::names, row -> Cells.joinNames(FOCUS, row.network().focus()));
  private static final Columns<MemberRow> TABLE =
      Columns.of(
          ID_COLUMN, TYPE_COLUMN, ORGANIZER_COLUMN, MEMBER_COLUMN, NAME_COLUMN, FOCUS_COLUMN);

  /** The columns in the order they are written: the required ones, then the optional ones. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private NetworksCsv() {}

  /**
   * Reads networks from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<PartnerNetwork> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads networks from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<PartnerNetwork> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per member of each network, header first, to {@code out}, which is flushed and
   * left open.
   *
   * @throws IllegalArgumentException before anything is written, if a name or focus tag has
   *     surrounding whitespace or a focus tag holds {@code ;}
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<PartnerNetwork> networks) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, rows(networks));
  }

  /**
   * Writes one row per member of each network, header first, to a UTF-8 file, which is created or
   * truncated.
   *
   * @throws IllegalArgumentException before anything is written, for the reasons given at {@link
   *     #write(Writer, Iterable)}
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<PartnerNetwork> networks) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, rows(networks));
  }

  private static ImmutableList<MemberRow> rows(Iterable<PartnerNetwork> networks) {
    checkNotNull(networks, "networks");
    return Columns.perChild(networks, PartnerNetwork::members, MemberRow::new);
  }

  /** The fields every row of one network repeats. */
  private record Header(
      NetworkType type, Optional<PartnerId> organizer, String name, ImmutableSet<String> focus) {

    /** Reports each field in which {@code other} differs from this header. */
    void compare(Header other, NetworkId id, long firstLine, Row row) {
      String what = "network " + id;
      RowCollector.checkSame(row, TYPE, type, other.type, what, firstLine);
      RowCollector.checkSame(
          row,
          ORGANIZER_ID,
          organizer.map(PartnerId::value).orElse(""),
          other.organizer.map(PartnerId::value).orElse(""),
          what,
          firstLine);
      RowCollector.checkSame(row, NAME, name, other.name, what, firstLine);
      RowCollector.checkSame(
          row, FOCUS, String.join(";", focus), String.join(";", other.focus), what, firstLine);
    }
  }

  /** The rows of one network read so far. */
  private static final class Group {
    final Header header;
    final long firstLine;
    final Map<PartnerId, Long> members = new LinkedHashMap<>();

    Group(Header header, long firstLine) {
      this.header = header;
      this.firstLine = firstLine;
    }
  }

  /** Groups rows into networks. */
  private static final class Collector extends RowCollector<PartnerNetwork> {
    final Map<NetworkId, Group> groups = new LinkedHashMap<>();

    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<NetworkId> id = row.get(ID_COLUMN);
      Optional<NetworkType> type = row.get(TYPE_COLUMN);
      Optional<PartnerId> organizer = row.get(ORGANIZER_COLUMN);
      Optional<PartnerId> member = row.get(MEMBER_COLUMN);
      Optional<String> name = row.get(NAME_COLUMN);
      Optional<ImmutableSet<String>> focus = row.get(FOCUS_COLUMN);
      if (rejected(row)) {
        return;
      }
      Header header =
          new Header(
              type.orElseThrow(),
              organizer,
              name.orElse(id.orElseThrow().value()),
              focus.orElse(ImmutableSet.of()));
      Group group = groups.get(id.orElseThrow());
      if (group == null) {
        group = new Group(header, row.line());
        groups.put(id.orElseThrow(), group);
      } else {
        group.header.compare(header, id.orElseThrow(), group.firstLine, row);
        checkUnique(row, member, group.members, MEMBER_ID, "member");
      }
      if (rejected(row)) {
        return;
      }
      group.members.put(member.orElseThrow(), row.line());
    }

    @Override
    void finish() {
      for (Map.Entry<NetworkId, Group> entry : groups.entrySet()) {
        Group group = entry.getValue();
        try {
          add(
              PartnerNetwork.builder()
                  .id(entry.getKey())
                  .name(group.header.name())
                  .type(group.header.type())
                  .organizer(group.header.organizer())
                  .addAllMembers(group.members.keySet())
                  .addAllFocus(group.header.focus())
                  .build(),
              group.firstLine);
        } catch (IllegalArgumentException | IllegalStateException e) {
          for (long line : group.members.values()) {
            ruleBroken(line, e);
          }
        }
      }
    }
  }
}
